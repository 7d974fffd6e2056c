import { openapiDocument } from '@patchbay/core';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';

// A self-contained page (no CDN: self-hosted machines may be offline) rendered once from the OpenAPI document.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

function lookup(document: unknown, ref: string): unknown {
  let node: unknown = document;
  for (const part of ref.replace(/^#\//, '').split('/')) node = isObject(node) ? node[part] : undefined;
  return node;
}

/** Follows a $ref (parameters and responses are referenced; schemas are linked by name instead). */
const deref = (document: unknown, node: unknown): unknown =>
  isObject(node) && typeof node.$ref === 'string' ? deref(document, lookup(document, node.$ref)) : node;

function schemaHtml(schema: unknown): string {
  if (isObject(schema) && typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() ?? '';
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  return `<pre>${esc(JSON.stringify(schema, null, 2))}</pre>`;
}

function operationHtml(
  document: unknown,
  path: string,
  method: string,
  op: Record<string, unknown>,
  shared: unknown[],
) {
  const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])].map((p) => deref(document, p));
  const rows = params
    .filter(isObject)
    .map(
      (p) =>
        `<tr><td><code>${esc(text(p.name))}</code></td><td>${esc(text(p.in))}</td><td>${p.required ? 'yes' : ''}</td>` +
        `<td>${schemaHtml(p.schema)}</td><td>${esc(text(p.description))}</td></tr>`,
    )
    .join('');
  const body = deref(document, op.requestBody);
  const bodySchema =
    isObject(body) && isObject(body.content) ? deref(document, body.content['application/json']) : undefined;
  const responses = isObject(op.responses) ? Object.entries(op.responses) : [];
  const responseRows = responses
    .map(([status, r]) => {
      const response = deref(document, r);
      const content =
        isObject(response) && isObject(response.content) ? response.content['application/json'] : undefined;
      const schema = isObject(content) ? schemaHtml(content.schema) : '';
      return `<tr><td>${esc(status)}</td><td>${esc(text(isObject(response) ? response.description : ''))}</td><td>${schema}</td></tr>`;
    })
    .join('');
  const id = text(op.operationId);
  return `<section class="op" id="${esc(id)}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p><strong>${esc(text(op.summary))}</strong> <small>${esc(id)}</small></p>${op.description ? `<p>${esc(text(op.description))}</p>` : ''}
${rows ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>schema</th><th>description</th></tr>${rows}</table>` : ''}
${isObject(bodySchema) ? `<h4>Request body</h4>${schemaHtml(bodySchema.schema)}` : ''}
<h4>Responses</h4><table><tr><th>status</th><th>description</th><th>body</th></tr>${responseRows}</table></section>`;
}

const methods = ['get', 'post', 'put', 'patch', 'delete'];

export function renderDocs(document: unknown, publicUrl: string): string {
  const info = isObject(document) && isObject(document.info) ? document.info : {};
  const paths = isObject(document) && isObject(document.paths) ? document.paths : {};
  const ops: string[] = [];
  const toc: string[] = [];
  for (const [path, raw] of Object.entries(paths)) {
    const item = deref(document, raw);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of methods) {
      const op = item[method];
      if (!isObject(op)) continue;
      ops.push(operationHtml(document, path, method, op, shared));
      toc.push(`<li><a href="#${esc(text(op.operationId))}">${method.toUpperCase()} ${esc(path)}</a></li>`);
    }
  }
  const components = isObject(document) && isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? Object.entries(components.schemas) : [];
  const schemaSections = schemas
    .map(
      ([name, s]) =>
        `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3><pre>${esc(JSON.stringify(deref(document, s), null, 2))}</pre></section>`,
    )
    .join('');
  const base = `${publicUrl.replace(/\/+$/, '')}/api/v3`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(text(info.title))}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font:13px ui-monospace,monospace}pre{background:#f6f8fa;padding:.5rem;overflow:auto;max-height:24rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
.op{border-top:1px solid #ccc;margin-top:1.5rem}.m{display:inline-block;min-width:4rem;color:#fff;border-radius:4px;padding:0 .4rem;text-align:center}
.get{background:#2f80ed}.post{background:#27ae60}.patch{background:#f2994a}.delete{background:#eb5757}.put{background:#9b51e0}</style></head>
<body><h1>${esc(text(info.title))} <small>${esc(text(info.version))}</small></h1><p>${esc(text(info.description))}</p>
<p>Base URL: <code>${esc(base)}</code> (also <code>${esc(base)}.1</code>). Send <code>x-api-key</code>. Machine-readable: <a href="/api/v3/openapi.json">openapi.json</a>.</p>
<h2>Operations</h2><ul>${toc.join('')}</ul>${ops.join('\n')}<h2>Schemas</h2>${schemaSections}</body></html>`;
}

export function docsRoutes(publicUrl: string): Hono<AppEnv> {
  const page = renderDocs(openapiDocument, publicUrl);
  return new Hono<AppEnv>().get('/docs', (c) => c.html(page));
}
