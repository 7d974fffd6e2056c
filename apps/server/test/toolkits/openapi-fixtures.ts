/** OpenAPI documents for the OpenAPI toolkit tests. */

const petSchemas = {
  Pet: {
    type: 'object',
    required: ['id', 'name'],
    properties: {
      id: { type: 'integer', readOnly: true, description: 'Assigned by the server.' },
      name: { type: 'string', example: 'Rex' },
      tag: { type: 'string', nullable: true },
      owner: { $ref: '#/components/schemas/Owner' },
      weight: { type: 'number', minimum: 0, exclusiveMinimum: true },
    },
  },
  Owner: {
    type: 'object',
    properties: { name: { type: 'string' }, email: { type: 'string', format: 'email' } },
    'x-internal': true,
  },
  TreeNode: {
    type: 'object',
    properties: {
      value: { type: 'string' },
      children: { type: 'array', items: { $ref: '#/components/schemas/TreeNode' } },
    },
  },
};

const jsonResponse = (schema: object) => ({
  200: { description: 'OK', content: { 'application/json': { schema } } },
});

/** An OpenAPI 3.0 document exercising parameters, bodies, refs (one recursive) and `security: []`. */
export const petsSpec = {
  openapi: '3.0.3',
  info: { title: 'Pets', version: '1.0.0' },
  servers: [{ url: '/api' }],
  components: {
    schemas: petSchemas,
    parameters: {
      PetId: { name: 'petId', in: 'path', required: true, schema: { type: 'string' }, description: 'The pet.' },
      Limit: { $ref: '#/components/parameters/LimitInner' },
      LimitInner: { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } },
    },
    requestBodies: {
      PetBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } },
    },
    securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Pets-Key' } },
  },
  security: [{ key: [] }],
  paths: {
    '/pets/{petId}': {
      parameters: [{ $ref: '#/components/parameters/PetId' }],
      get: {
        operationId: 'getPet',
        summary: 'Get a pet',
        description: 'Returns one pet by its id.',
        parameters: [
          { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
          { name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' }, description: 'A trace id.' },
          { name: 'Accept', in: 'header', schema: { type: 'string' } },
        ],
        responses: jsonResponse({ $ref: '#/components/schemas/Pet' }),
      },
      put: {
        operationId: 'updatePet',
        summary: 'Replace a pet',
        requestBody: { $ref: '#/components/requestBodies/PetBody' },
        responses: jsonResponse({ $ref: '#/components/schemas/Pet' }),
      },
      delete: { operationId: 'deletePet', summary: 'Delete a pet', responses: { 204: { description: 'Gone' } } },
    },
    '/pets': {
      get: {
        operationId: 'listPets',
        summary: 'List pets',
        parameters: [
          { $ref: '#/components/parameters/Limit' },
          { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'ids', in: 'query', explode: false, schema: { type: 'array', items: { type: 'integer' } } },
          { name: 'filter', in: 'query', style: 'deepObject', schema: { type: 'object' } },
        ],
        responses: jsonResponse({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }),
      },
      post: {
        operationId: 'createPet',
        summary: 'Create a pet',
        requestBody: { $ref: '#/components/requestBodies/PetBody' },
        responses: jsonResponse({ $ref: '#/components/schemas/Pet' }),
      },
    },
    '/trees': {
      post: {
        operationId: 'saveTree',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/TreeNode' } } } },
        responses: jsonResponse({ type: 'object' }),
      },
    },
    '/health': {
      get: { summary: 'Health check', security: [], responses: jsonResponse({ type: 'object' }) },
    },
    '/things/{id}': {
      patch: {
        operationId: 'patchThing',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'id', in: 'query', schema: { type: 'string' } },
          { name: 'body', in: 'query', schema: { type: 'string' } },
          { name: 'filter[status]', in: 'query', schema: { type: 'string' } },
        ],
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: jsonResponse({ type: 'object' }),
      },
    },
  },
};

/** An OpenAPI 3.1 document: `type: [T, "null"]`, `$ref` with a sibling description, JSON Schema booleans. */
export const notesSpec31 = {
  openapi: '3.1.0',
  info: { title: 'Notes', version: '1.0.0' },
  servers: [
    { url: 'https://{host}/v{major}', variables: { host: { default: 'notes.example' }, major: { default: '2' } } },
  ],
  components: {
    schemas: {
      Note: {
        type: 'object',
        properties: {
          title: { type: 'string' },
          due: { type: ['string', 'null'], format: 'date' },
          meta: true,
        },
        required: ['title'],
      },
    },
  },
  paths: {
    '/notes': {
      post: {
        operationId: 'create_note',
        summary: 'Create a note',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/Note', description: 'The note to create.' } },
          },
        },
        responses: jsonResponse({ $ref: '#/components/schemas/Note' }),
      },
    },
  },
};

/** The same pets API written as YAML text, with an anchor and alias. */
export const petsYaml = `
openapi: 3.0.3
info: { title: Pets (YAML), version: '1' }
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      summary: Get a pet
      parameters:
        - &petId
          name: petId
          in: path
          required: true
          schema: { type: string }
      responses:
        '200': { description: OK }
    delete:
      operationId: deletePet
      parameters: [ *petId ]
      responses:
        '204': { description: Gone }
`;

/** A tiny API for call tests: one GET with a query parameter, per path the test server handles. */
export function simpleSpec(paths: readonly string[]): object {
  return {
    openapi: '3.0.3',
    info: { title: 'Simple', version: '1' },
    paths: Object.fromEntries(
      paths.map((path) => [
        path,
        {
          get: {
            operationId: path.replace(/\W/g, '') || 'root',
            parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }],
            responses: jsonResponse({ type: 'object' }),
          },
        },
      ]),
    ),
  };
}
