import { createProjectRequest, type ProjectCreated } from '@patchbay/core';
import { Hono } from 'hono';
import type { ServerContext } from '../context.js';
import type { AppEnv } from '../http/env.js';
import { apiError, notFound } from '../http/errors.js';
import { reply } from '../http/reply.js';
import { noStore } from '../http/security-headers.js';
import { parseBody } from '../http/validate.js';
import { presentCreatedApiKey, presentProject } from '../present/access.js';
import { insertApiKey } from '../store/api-keys.js';
import { getProject, insertProject } from '../store/projects.js';

/** Projects: an admin key creates one (with its first key); any key reads its own. */
export function projectRoutes({ db }: ServerContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/projects', noStore, async (c) => {
    if (!c.get('apiKey').is_admin) {
      throw apiError(
        403,
        'Only admin keys may create projects.',
        'Use an admin key (a local server writes one to ~/.patchbay/api-key).',
      );
    }
    const body = await parseBody(c, createProjectRequest);
    const answer: ProjectCreated = await db.transaction(async (tx) => {
      const project = await insertProject(tx, body.name);
      const key = await insertApiKey(tx, { projectId: project.id, name: 'admin', isAdmin: true });
      return { project: presentProject(project), api_key: presentCreatedApiKey(key) };
    });
    return reply(c, 'createProject', answer, 201);
  });

  app.get('/projects/current', async (c) => {
    const project = await getProject(db, c.get('apiKey').project_id);
    if (!project) throw notFound('project', c.get('apiKey').project_id);
    return reply(c, 'getCurrentProject', presentProject(project));
  });

  return app;
}
