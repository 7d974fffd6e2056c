// Generated from openapi/ by packages/core/scripts/generate.mjs (bundled document). Do not edit by hand:
// change the spec, then run `pnpm generate`. CI fails when this file differs from a fresh generation.

export const openapiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Patchbay API",
    "version": "0.1.0",
    "summary": "Open, self-hosted MCP server manager.",
    "description": "Patchbay's REST API. The MCP-server endpoints are wire-compatible with the hosted Composio v3 API, so code\nwritten for it works by changing the base URL. Every path is served under both `/api/v3` and `/api/v3.1`.\n\nAuthenticate with the `x-api-key` header. Every error answers with one envelope (`ErrorBody`).\nEnd users' AI clients connect to the MCP endpoint at `/v3/mcp/{server_id}?user_id=…` (not part of this REST API).\nThe server also serves its own `patchbay` CLI and SDK as self-contained npm tarballs at\n`/cli/patchbay-cli-<version>.tgz` and `/sdk/patchbay-sdk-<version>.tgz` (no key needed; not part of this REST API).\n",
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:8787/api/v3",
      "description": "A local Patchbay"
    },
    {
      "url": "http://127.0.0.1:8787/api/v3.1",
      "description": "The same API under the v3.1 prefix"
    }
  ],
  "security": [
    {
      "ApiKeyAuth": []
    }
  ],
  "tags": [
    {
      "name": "MCP servers",
      "description": "Named MCP servers bundling toolkits, and their per-user instances and URLs."
    },
    {
      "name": "API keys",
      "description": "Keys that act for a project."
    },
    {
      "name": "Projects",
      "description": "The unit of isolation; every resource belongs to one."
    },
    {
      "name": "Toolkits",
      "description": "The searchable catalog of toolkits, and custom toolkits backed by an MCP server or an OpenAPI document."
    },
    {
      "name": "Tools",
      "description": "The tools of toolkits, and executing one directly."
    },
    {
      "name": "Auth configs",
      "description": "How a toolkit authenticates (its scheme and, for your own OAuth app, its credentials)."
    },
    {
      "name": "Connected accounts",
      "description": "One user's authenticated connection to a toolkit through an auth config."
    },
    {
      "name": "Tool calls",
      "description": "The log of tool calls made over MCP or through execute (arguments and results are not stored)."
    },
    {
      "name": "Tool sessions",
      "description": "One user's session (the hosted \"tool router\"): its MCP URL serves meta-tools that search the catalog, connect\nthe user and run the tools its config allows.\n"
    },
    {
      "name": "MCP authorization",
      "description": "End users' AI clients may sign in to an MCP URL with OAuth 2.1 (MCP authorization) instead of a pasted token:\nhow they sign in, and the grants they gave.\n"
    }
  ],
  "paths": {
    "/mcp/servers": {
      "get": {
        "operationId": "listMcpServers",
        "tags": [
          "MCP servers"
        ],
        "summary": "List MCP servers",
        "description": "Servers of the caller's project, filtered and paged by page number.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ServerListName"
          },
          {
            "$ref": "#/components/parameters/ServerListToolkits"
          },
          {
            "$ref": "#/components/parameters/ServerListAuthConfigIds"
          },
          {
            "$ref": "#/components/parameters/ServerOrderBy"
          },
          {
            "$ref": "#/components/parameters/OrderDirection"
          },
          {
            "$ref": "#/components/parameters/PageNo"
          },
          {
            "$ref": "#/components/parameters/ServerListLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of servers.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/McpServerList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      },
      "post": {
        "operationId": "createMcpServer",
        "tags": [
          "MCP servers"
        ],
        "summary": "Create an MCP server from auth configs",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMcpServerRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The server.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/McpServer"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/mcp/servers/custom": {
      "post": {
        "operationId": "createCustomMcpServer",
        "tags": [
          "MCP servers"
        ],
        "summary": "Create an MCP server from toolkits",
        "description": "Besides tools, the server serves the resources, resource templates and prompts of its upstream MCP toolkits, namespaced like tools and limited by `allowed_resources` and `allowed_prompts`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCustomMcpServerRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The server.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CustomMcpServerResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/mcp/servers/generate": {
      "post": {
        "operationId": "generateMcpUrls",
        "tags": [
          "MCP servers"
        ],
        "summary": "Generate per-user MCP URLs",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GenerateMcpUrlRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The URLs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GenerateMcpUrlResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/mcp/servers/{server_id}/instances": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerIdParam"
        }
      ],
      "get": {
        "operationId": "listMcpInstances",
        "tags": [
          "MCP servers"
        ],
        "summary": "List a server's user instances",
        "parameters": [
          {
            "$ref": "#/components/parameters/PageNo"
          },
          {
            "$ref": "#/components/parameters/InstanceListLimit"
          },
          {
            "$ref": "#/components/parameters/InstanceSearch"
          },
          {
            "$ref": "#/components/parameters/ServerOrderBy"
          },
          {
            "$ref": "#/components/parameters/OrderDirection"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of instances.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/McpInstanceList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "createMcpInstance",
        "tags": [
          "MCP servers"
        ],
        "summary": "Create a user instance",
        "description": "Fails with 403 when the user lacks an active connected account for one of the server's auth configs.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMcpInstanceRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The instance.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/McpInstance"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/mcp/servers/{server_id}/instances/{user_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerIdParam"
        },
        {
          "name": "user_id",
          "in": "path",
          "required": true,
          "description": "The user whose instance to delete.",
          "schema": {
            "$ref": "#/components/schemas/UserId"
          }
        }
      ],
      "delete": {
        "operationId": "deleteMcpInstance",
        "tags": [
          "MCP servers"
        ],
        "summary": "Delete a user instance",
        "description": "Also deletes that user's connected accounts for the server's auth configs.",
        "responses": {
          "200": {
            "description": "Deleted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeleteMcpInstanceResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/mcp/servers/{server_id}/oauth_grants": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerIdParam"
        }
      ],
      "get": {
        "operationId": "listOAuthGrants",
        "tags": [
          "MCP authorization"
        ],
        "summary": "List the OAuth grants of a server",
        "description": "What users gave AI clients by signing in (newest first); deleting a user's instance revokes theirs.",
        "parameters": [
          {
            "$ref": "#/components/parameters/GrantUserFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "The grants.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthGrantList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/mcp/servers/{server_id}/oauth_grants/{grant_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerIdParam"
        },
        {
          "$ref": "#/components/parameters/GrantIdParam"
        }
      ],
      "delete": {
        "operationId": "revokeOAuthGrant",
        "tags": [
          "MCP authorization"
        ],
        "summary": "Revoke an OAuth grant",
        "description": "Its access and refresh tokens stop working at once; the client must sign in again.",
        "responses": {
          "200": {
            "description": "Revoked.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/mcp/oauth/settings": {
      "get": {
        "operationId": "getOAuthSettings",
        "tags": [
          "MCP authorization"
        ],
        "summary": "How end users sign in",
        "responses": {
          "200": {
            "description": "The project's sign-in settings.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthSettings"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      },
      "put": {
        "operationId": "updateOAuthSettings",
        "tags": [
          "MCP authorization"
        ],
        "summary": "Set how end users sign in",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OAuthSettings"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The settings now.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthSettings"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/mcp/oauth/sign_ins/{sign_in_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SignInIdParam"
        }
      ],
      "post": {
        "operationId": "decideOAuthSignIn",
        "tags": [
          "MCP authorization"
        ],
        "summary": "Approve or deny a pending sign-in",
        "description": "Developer approval: your backend calls this for the `patchbay_sign_in` its login URL was given, once it knows\nwho the user is, then sends the browser to `return_to`. A sign-in can be decided once, within 10 minutes.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/OAuthSignInDecision"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Decided.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthSignInDecided"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/mcp/app/{toolkit_slug}": {
      "parameters": [
        {
          "name": "toolkit_slug",
          "in": "path",
          "required": true,
          "description": "The toolkit's slug.",
          "schema": {
            "$ref": "#/components/schemas/ToolkitSlug"
          }
        }
      ],
      "get": {
        "operationId": "listMcpServersByToolkit",
        "tags": [
          "MCP servers"
        ],
        "summary": "List MCP servers that include a toolkit",
        "parameters": [
          {
            "$ref": "#/components/parameters/ServerListName"
          },
          {
            "$ref": "#/components/parameters/ServerListAuthConfigIds"
          },
          {
            "$ref": "#/components/parameters/ServerOrderBy"
          },
          {
            "$ref": "#/components/parameters/OrderDirection"
          },
          {
            "$ref": "#/components/parameters/PageNo"
          },
          {
            "$ref": "#/components/parameters/ServerListLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of servers.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/McpServerList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/mcp/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ServerId"
        }
      ],
      "get": {
        "operationId": "getMcpServer",
        "tags": [
          "MCP servers"
        ],
        "summary": "Get an MCP server",
        "responses": {
          "200": {
            "description": "The server.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/McpServerDetail"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateMcpServer",
        "tags": [
          "MCP servers"
        ],
        "summary": "Update an MCP server",
        "description": "Only the fields given change.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateMcpServerRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated server.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/McpServerDetail"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      },
      "delete": {
        "operationId": "deleteMcpServer",
        "tags": [
          "MCP servers"
        ],
        "summary": "Delete an MCP server",
        "description": "A soft delete; the server leaves every list and its MCP URLs stop working.",
        "responses": {
          "200": {
            "description": "Deleted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/api_keys": {
      "get": {
        "operationId": "listApiKeys",
        "tags": [
          "API keys"
        ],
        "summary": "List the project's API keys",
        "parameters": [
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/CursorLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of keys (secrets never included).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      },
      "post": {
        "operationId": "createApiKey",
        "tags": [
          "API keys"
        ],
        "summary": "Create an API key",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateApiKeyRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The key, with its secret shown once.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyCreated"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/api_keys/{id}": {
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "description": "The key's id.",
          "schema": {
            "type": "string",
            "maxLength": 64
          }
        }
      ],
      "delete": {
        "operationId": "revokeApiKey",
        "tags": [
          "API keys"
        ],
        "summary": "Revoke an API key",
        "description": "The key stops working at once. A key cannot revoke itself.",
        "responses": {
          "200": {
            "description": "Revoked.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/projects": {
      "post": {
        "operationId": "createProject",
        "tags": [
          "Projects"
        ],
        "summary": "Create a project",
        "description": "Needs an admin key. Answers the project and its first (admin) API key.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateProjectRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The project and its key.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProjectCreated"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/projects/current": {
      "get": {
        "operationId": "getCurrentProject",
        "tags": [
          "Projects"
        ],
        "summary": "The project of the key used",
        "responses": {
          "200": {
            "description": "The project.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Project"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/toolkits": {
      "get": {
        "operationId": "listToolkits",
        "tags": [
          "Toolkits"
        ],
        "summary": "List and search toolkits",
        "description": "Built-in, catalog and custom toolkits, ordered by slug.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ToolkitSearch"
          },
          {
            "$ref": "#/components/parameters/ToolkitCategory"
          },
          {
            "$ref": "#/components/parameters/ToolkitKindFilter"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/CursorLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of toolkits.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolkitList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      },
      "post": {
        "operationId": "createToolkit",
        "tags": [
          "Toolkits"
        ],
        "summary": "Create a custom toolkit",
        "description": "Adds a toolkit whose tools come from an MCP server or an OpenAPI document. Its tools are listed from the source\nwhen it is created; 422 when the source cannot be loaded. 409 for a slug that is taken: by a toolkit, an\nalias of one (`googlecalendar`), or the path `categories`.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateToolkitRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The toolkit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolkitDetail"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          }
        }
      }
    },
    "/toolkits/categories": {
      "get": {
        "operationId": "listToolkitCategories",
        "tags": [
          "Toolkits"
        ],
        "summary": "List toolkit categories",
        "description": "Every category of the project's toolkits, ordered by id, in one page (the hosted SDK's\n`toolkits.listCategories()`). No toolkit can take the slug `categories`.\n",
        "responses": {
          "200": {
            "description": "The categories.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolkitCategoryList"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/toolkits/{slug}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ToolkitSlugPath"
        }
      ],
      "get": {
        "operationId": "getToolkit",
        "tags": [
          "Toolkits"
        ],
        "summary": "Get a toolkit",
        "description": "By its slug or one of its `aliases` (the hosted spelling, e.g. `googlecalendar`).",
        "responses": {
          "200": {
            "description": "The toolkit, with its source when custom.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolkitDetail"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateToolkit",
        "tags": [
          "Toolkits"
        ],
        "summary": "Update a custom toolkit",
        "description": "Only the fields given change; a new source is loaded again (422 when it cannot be). 403 for a toolkit that is not custom.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateToolkitRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated toolkit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolkitDetail"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          }
        }
      },
      "delete": {
        "operationId": "deleteToolkit",
        "tags": [
          "Toolkits"
        ],
        "summary": "Delete a custom toolkit",
        "description": "403 for a toolkit that is not custom; 409 while auth configs or MCP servers use it. The answer's `id` is the slug.",
        "responses": {
          "200": {
            "description": "Deleted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/tools": {
      "get": {
        "operationId": "listTools",
        "tags": [
          "Tools"
        ],
        "summary": "List and search tools",
        "parameters": [
          {
            "$ref": "#/components/parameters/ToolListToolkitSlug"
          },
          {
            "$ref": "#/components/parameters/ToolSearch"
          },
          {
            "$ref": "#/components/parameters/ToolSlugs"
          },
          {
            "$ref": "#/components/parameters/ToolTags"
          },
          {
            "$ref": "#/components/parameters/ToolAuthConfigIds"
          },
          {
            "$ref": "#/components/parameters/ToolkitVersions"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/CursorLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of tools.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tools/enum": {
      "get": {
        "operationId": "listToolSlugs",
        "tags": [
          "Tools"
        ],
        "summary": "List every tool slug",
        "description": "The slugs of every catalog tool of the project, sorted (the hosted SDK's `tools.getToolsEnum()`).",
        "responses": {
          "200": {
            "description": "The slugs.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/tools/{tool_slug}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ToolSlugPath"
        }
      ],
      "get": {
        "operationId": "getTool",
        "tags": [
          "Tools"
        ],
        "summary": "Get a tool",
        "parameters": [
          {
            "$ref": "#/components/parameters/ToolVersion"
          },
          {
            "$ref": "#/components/parameters/ToolkitVersions"
          }
        ],
        "responses": {
          "200": {
            "description": "The tool.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Tool"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tools/execute/{tool_slug}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ToolSlugPath"
        }
      ],
      "post": {
        "operationId": "executeTool",
        "tags": [
          "Tools"
        ],
        "summary": "Execute a tool",
        "description": "Runs the tool once and logs the call (see the tool-call log). A failing tool answers 200 with\n`successful: false`; 400 when the arguments do not match the tool's `input_parameters`, 404 when the tool or\nthe connected account is unknown or `version` pins a toolkit version that does not exist (`version_not_found`;\nnothing runs), 409 when the user has no active connected account for the toolkit. The slug `proxy` (the hosted\nSDK's `tools.proxyExecute`, a raw request through an account) is refused with 404 `not_supported`: Patchbay\ncalls APIs only through the tools of its toolkits.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExecuteToolRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The result.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExecuteToolResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/auth_configs": {
      "get": {
        "operationId": "listAuthConfigs",
        "tags": [
          "Auth configs"
        ],
        "summary": "List auth configs",
        "description": "Newest first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/AuthConfigToolkitSlug"
          },
          {
            "$ref": "#/components/parameters/IsComposioManaged"
          },
          {
            "$ref": "#/components/parameters/AuthConfigSearch"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/CursorLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of auth configs (secrets masked).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthConfigList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      },
      "post": {
        "operationId": "createAuthConfig",
        "tags": [
          "Auth configs"
        ],
        "summary": "Create an auth config",
        "description": "400 when the toolkit does not support the scheme or a required credential is missing; 404 when the toolkit is unknown.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateAuthConfigRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new auth config's id and scheme.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateAuthConfigResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/auth_configs/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AuthConfigIdPath"
        }
      ],
      "get": {
        "operationId": "getAuthConfig",
        "tags": [
          "Auth configs"
        ],
        "summary": "Get an auth config",
        "responses": {
          "200": {
            "description": "The auth config (secrets masked).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthConfig"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateAuthConfig",
        "tags": [
          "Auth configs"
        ],
        "summary": "Update an auth config",
        "description": "Only the fields given change.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateAuthConfigRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated auth config (secrets masked).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AuthConfig"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "delete": {
        "operationId": "deleteAuthConfig",
        "tags": [
          "Auth configs"
        ],
        "summary": "Delete an auth config",
        "description": "Also deletes its connected accounts and removes it from MCP servers.",
        "responses": {
          "200": {
            "description": "Deleted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/auth_configs/{id}/{status}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AuthConfigIdPath"
        },
        {
          "$ref": "#/components/parameters/AuthConfigStatusPath"
        }
      ],
      "patch": {
        "operationId": "updateAuthConfigStatus",
        "tags": [
          "Auth configs"
        ],
        "summary": "Enable or disable an auth config",
        "description": "A disabled auth config's connected accounts cannot be used and no new ones can be created.",
        "responses": {
          "200": {
            "description": "Done.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/connected_accounts": {
      "get": {
        "operationId": "listConnectedAccounts",
        "tags": [
          "Connected accounts"
        ],
        "summary": "List connected accounts",
        "parameters": [
          {
            "$ref": "#/components/parameters/UserIds"
          },
          {
            "$ref": "#/components/parameters/ToolkitSlugs"
          },
          {
            "$ref": "#/components/parameters/Statuses"
          },
          {
            "$ref": "#/components/parameters/AuthConfigIds"
          },
          {
            "$ref": "#/components/parameters/ConnectedAccountOrderBy"
          },
          {
            "$ref": "#/components/parameters/OrderDirection"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/CursorLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of connected accounts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectedAccountList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      },
      "post": {
        "operationId": "createConnectedAccount",
        "tags": [
          "Connected accounts"
        ],
        "summary": "Connect a user's account",
        "description": "OAuth schemes answer status `INITIATED` and a `redirect_url` for the user to open; other schemes take the\ncredentials in `connection.state` and answer `ACTIVE` (or 422 when the credentials are refused).\n409 when the auth config is disabled. The account and its link are written in one transaction: a request\nthat fails leaves no account behind.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateConnectedAccountRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new connected account.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateConnectedAccountResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "422": {
            "$ref": "#/components/responses/UnprocessableEntity"
          }
        }
      }
    },
    "/connected_accounts/link": {
      "post": {
        "operationId": "createConnectedAccountLink",
        "tags": [
          "Connected accounts"
        ],
        "summary": "Create a connect link for a user",
        "description": "Creates an `INITIATED` account and a one-time link to the connect page, where the user signs in (OAuth) or\ngives the key (API key, bearer token, basic). The hosted SDK's `connectedAccounts.link()` calls it. 400 for a\n`NO_AUTH` auth config (nothing to connect), 404 for an unknown one, 409 when it is disabled.\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateConnectedAccountLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The account and its link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectedAccountLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/connected_accounts/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConnectedAccountIdPath"
        }
      ],
      "get": {
        "operationId": "getConnectedAccount",
        "tags": [
          "Connected accounts"
        ],
        "summary": "Get a connected account",
        "responses": {
          "200": {
            "description": "The connected account (never its tokens).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConnectedAccount"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "delete": {
        "operationId": "deleteConnectedAccount",
        "tags": [
          "Connected accounts"
        ],
        "summary": "Delete a connected account",
        "description": "Forgets its credentials.",
        "responses": {
          "200": {
            "description": "Deleted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/connected_accounts/{id}/refresh": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConnectedAccountIdPath"
        }
      ],
      "post": {
        "operationId": "refreshConnectedAccount",
        "tags": [
          "Connected accounts"
        ],
        "summary": "Refresh a connected account",
        "description": "Refreshes an OAuth token now; when that needs the user, answers `INITIATED` with a `redirect_url`.",
        "responses": {
          "200": {
            "description": "The account's state after the refresh.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RefreshConnectedAccountResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/connected_accounts/{id}/status": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConnectedAccountIdPath"
        }
      ],
      "patch": {
        "operationId": "updateConnectedAccountStatus",
        "tags": [
          "Connected accounts"
        ],
        "summary": "Enable or disable a connected account",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateConnectedAccountStatusRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Done.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_calls": {
      "get": {
        "operationId": "listToolCalls",
        "tags": [
          "Tool calls"
        ],
        "summary": "List tool calls",
        "description": "Newest first. Arguments and results are not stored.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ToolCallServerId"
          },
          {
            "$ref": "#/components/parameters/ToolCallUserId"
          },
          {
            "$ref": "#/components/parameters/ToolCallSessionId"
          },
          {
            "$ref": "#/components/parameters/ToolCallToolSlug"
          },
          {
            "$ref": "#/components/parameters/ToolCallToolkitSlug"
          },
          {
            "$ref": "#/components/parameters/ToolCallOutcomeFilter"
          },
          {
            "$ref": "#/components/parameters/Since"
          },
          {
            "$ref": "#/components/parameters/Until"
          },
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/CursorLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of calls.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolCallList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/tool_calls/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ToolCallIdPath"
        }
      ],
      "get": {
        "operationId": "getToolCall",
        "tags": [
          "Tool calls"
        ],
        "summary": "Get a tool call",
        "responses": {
          "200": {
            "description": "The call.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolCall"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session": {
      "post": {
        "operationId": "createToolRouterSession",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Create a tool session",
        "description": "Unknown root keys, the echo spelling (`enabled`), unknown toolkits or tool slugs, both `enable` and `disable`, and accounts that are not the user's answer 400 naming the field; nothing is stored.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateToolRouterSessionRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Create a tool session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "get": {
        "operationId": "getToolRouterSession",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Get a tool session",
        "description": "404 for an unknown, deleted or other project's session.",
        "responses": {
          "200": {
            "description": "Get a tool session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "updateToolRouterSession",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Change a tool session's config",
        "description": "Archives the current config and bumps `config_version`; 409 when another change won the race (`x-should-retry: false`).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateToolRouterSessionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Change a tool session's config.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      },
      "delete": {
        "operationId": "deleteToolRouterSession",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Delete a tool session",
        "description": "Its MCP URL and tokens stop working at once; 404 when already deleted.",
        "responses": {
          "200": {
            "description": "Delete a tool session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeletedToolRouterSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}/config_history": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "get": {
        "operationId": "listToolRouterConfigHistory",
        "tags": [
          "Tool sessions"
        ],
        "summary": "List a session's config versions",
        "description": "Newest first; the live config appears once, with `is_current: true`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/HistoryLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "List a session's config versions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterConfigHistory"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}/tools": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "get": {
        "operationId": "listToolRouterTools",
        "tags": [
          "Tool sessions"
        ],
        "summary": "List the tools a session serves",
        "description": "Its meta-tools (per its switches), then its preloaded tools.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ToolsLimit"
          }
        ],
        "responses": {
          "200": {
            "description": "List the tools a session serves.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}/toolkits": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "get": {
        "operationId": "listToolRouterToolkits",
        "tags": [
          "Tool sessions"
        ],
        "summary": "List a session's toolkits with the user's connection state",
        "description": "Without `toolkits`, those the session allows.",
        "parameters": [
          {
            "$ref": "#/components/parameters/Cursor"
          },
          {
            "$ref": "#/components/parameters/ToolkitsLimit"
          },
          {
            "$ref": "#/components/parameters/ToolkitsSearch"
          },
          {
            "$ref": "#/components/parameters/IsConnected"
          },
          {
            "$ref": "#/components/parameters/ToolkitsList"
          }
        ],
        "responses": {
          "200": {
            "description": "List a session's toolkits with the user's connection state.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterToolkitList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}/search": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "searchToolRouterTools",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Search the tools a session allows",
        "description": "Ranked full-text search (with synonyms) over the tools the session's config allows; each hit carries its schema and whether the user can run it now.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ToolRouterSearchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Search the tools a session allows.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterSearchResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}/execute": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "executeToolRouterTool",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Run a tool as the session's user",
        "description": "A refusal names the rule that fired (toolkit_disabled, tool_not_allowed, tool_disabled, tag_forbidden, tag_required, no_account); a failing tool is an answer too.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ToolRouterExecuteRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Run a tool as the session's user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterExecuteResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}/execute_meta": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "executeToolRouterMetaTool",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Run one of the session's meta-tools",
        "description": "The same meta-tools as the session's MCP URL.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ToolRouterExecuteMetaRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Run one of the session's meta-tools.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterExecuteResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}/link": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "linkToolRouterToolkit",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Start connecting the user to a toolkit",
        "description": "Answers the connect page for the user to open; poll GET /connected_accounts/{id} until ACTIVE.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ToolRouterLinkRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Start connecting the user to a toolkit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterLinkResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/tool_router/session/{session_id}/token": {
      "parameters": [
        {
          "$ref": "#/components/parameters/SessionIdPath"
        }
      ],
      "post": {
        "operationId": "createToolRouterSessionToken",
        "tags": [
          "Tool sessions"
        ],
        "summary": "Issue a token for the session's MCP URL",
        "description": "A Patchbay addition: a bearer token acting as the session's user on this session only (give it to an AI client instead of the project key).",
        "responses": {
          "201": {
            "description": "Issue a token for the session's MCP URL.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ToolRouterSessionToken"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "ApiKeyAuth": {
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
        "description": "A project API key."
      }
    },
    "schemas": {
      "ErrorBody": {
        "type": "object",
        "description": "The one error envelope every non-2xx answer carries.",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "message",
              "code",
              "status"
            ],
            "properties": {
              "message": {
                "type": "string",
                "description": "What went wrong, for a person."
              },
              "code": {
                "type": "integer",
                "description": "Numeric error code (equals the HTTP status unless a finer code applies)."
              },
              "slug": {
                "type": "string",
                "description": "Stable machine-readable error name, e.g. `validation_error`."
              },
              "status": {
                "type": "integer",
                "description": "The HTTP status."
              },
              "request_id": {
                "type": "string",
                "description": "The request's id (echoes `x-request-id` when sent)."
              },
              "suggested_fix": {
                "type": "string",
                "description": "What to do next."
              },
              "errors": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "One line per problem, naming the field (e.g. `name: must be 4-30 characters`)."
              }
            }
          }
        }
      },
      "CursorPage": {
        "type": "object",
        "required": [
          "next_cursor",
          "total_pages",
          "current_page",
          "total_items"
        ],
        "properties": {
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `cursor` to get the next page; null on the last page."
          },
          "total_pages": {
            "type": "integer",
            "minimum": 0
          },
          "current_page": {
            "type": "integer",
            "minimum": 0
          },
          "total_items": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "DeletedResponse": {
        "type": "object",
        "required": [
          "id",
          "deleted"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "deleted": {
            "type": "boolean",
            "const": true
          }
        }
      },
      "McpServer": {
        "type": "object",
        "required": [
          "id",
          "name",
          "auth_config_ids",
          "allowed_tools",
          "allowed_resources",
          "allowed_prompts",
          "toolkits",
          "toolkit_icons",
          "mcp_url",
          "commands",
          "server_instance_count",
          "managed_auth_via_composio",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "auth_config_ids": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "allowed_tools": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Tool slugs the server exposes; empty means every tool of its toolkits."
          },
          "allowed_resources": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Resources and resource templates the server exposes from its upstream MCP toolkits (see ResourcePattern); empty means all of them."
          },
          "allowed_prompts": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Prompts the server exposes from its upstream MCP toolkits; empty means all of them."
          },
          "toolkits": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "toolkit_icons": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            },
            "description": "Toolkit slug to logo URL."
          },
          "mcp_url": {
            "type": "string",
            "description": "The server's MCP URL for the `default` user (deprecated upstream; use generate)."
          },
          "commands": {
            "$ref": "#/components/schemas/ClientCommands"
          },
          "server_instance_count": {
            "type": "integer",
            "minimum": 0,
            "description": "Number of user instances."
          },
          "managed_auth_via_composio": {
            "type": "boolean",
            "description": "When true, account-management tools are added so users can connect accounts from chat."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "McpServerDetail": {
        "allOf": [
          {
            "$ref": "#/components/schemas/McpServer"
          },
          {
            "type": "object",
            "required": [
              "deleted"
            ],
            "properties": {
              "deleted": {
                "type": "boolean"
              }
            }
          }
        ]
      },
      "McpServerList": {
        "type": "object",
        "required": [
          "items",
          "total_pages",
          "current_page"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/McpServer"
            }
          },
          "total_pages": {
            "type": "integer",
            "minimum": 0
          },
          "current_page": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "CreateMcpServerRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "auth_config_ids"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/ServerName"
          },
          "auth_config_ids": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/AuthConfigId"
            }
          },
          "no_auth_apps": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ToolkitSlug"
            },
            "description": "Toolkits that need no account."
          },
          "allowed_tools": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/ToolSlug"
            },
            "default": []
          },
          "custom_tools": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/ToolSlug"
            },
            "deprecated": true,
            "description": "Alias of `allowed_tools`, sent by the hosted SDK; merged into it."
          },
          "allowed_resources": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/ResourcePattern"
            },
            "description": "Resources the server exposes from its upstream MCP toolkits; empty or absent means all."
          },
          "allowed_prompts": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/PromptSlug"
            },
            "description": "Prompts the server exposes from its upstream MCP toolkits; empty or absent means all."
          },
          "managed_auth_via_composio": {
            "type": "boolean",
            "default": false
          }
        }
      },
      "CreateCustomMcpServerRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/ServerName"
          },
          "toolkits": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ToolkitSlug"
            }
          },
          "auth_config_ids": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/AuthConfigId"
            }
          },
          "allowed_tools": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/ToolSlug"
            }
          },
          "custom_tools": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/ToolSlug"
            },
            "deprecated": true,
            "description": "Alias of `allowed_tools`; merged into it."
          },
          "allowed_resources": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/ResourcePattern"
            },
            "description": "Resources the server exposes from its upstream MCP toolkits; empty or absent means all."
          },
          "allowed_prompts": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/PromptSlug"
            },
            "description": "Prompts the server exposes from its upstream MCP toolkits; empty or absent means all."
          },
          "managed_auth_via_composio": {
            "type": "boolean",
            "default": false
          }
        }
      },
      "CustomMcpServerResponse": {
        "type": "object",
        "required": [
          "id",
          "name",
          "auth_config_ids",
          "allowed_tools",
          "mcp_url",
          "commands"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "auth_config_ids": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "allowed_tools": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "mcp_url": {
            "type": "string"
          },
          "commands": {
            "$ref": "#/components/schemas/ClientCommands"
          }
        }
      },
      "UpdateMcpServerRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "Only the fields given change.",
        "properties": {
          "name": {
            "$ref": "#/components/schemas/ServerName"
          },
          "toolkits": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ToolkitSlug"
            }
          },
          "allowed_tools": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/ToolSlug"
            }
          },
          "allowed_resources": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/ResourcePattern"
            },
            "description": "Resources the server exposes from its upstream MCP toolkits; empty or absent means all."
          },
          "allowed_prompts": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/PromptSlug"
            },
            "description": "Prompts the server exposes from its upstream MCP toolkits; empty or absent means all."
          },
          "managed_auth_via_composio": {
            "type": "boolean"
          },
          "auth_config_ids": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/AuthConfigId"
            }
          }
        }
      },
      "GenerateMcpUrlRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "mcp_server_id"
        ],
        "properties": {
          "mcp_server_id": {
            "type": "string",
            "format": "uuid"
          },
          "user_ids": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/UserId"
            }
          },
          "connected_account_ids": {
            "type": "array",
            "maxItems": 1000,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            }
          },
          "managed_auth_by_composio": {
            "type": "boolean",
            "default": false
          },
          "scoped_tokens": {
            "type": "boolean",
            "default": true,
            "description": "Patchbay: also issue, for each user and account, a token that acts only for that user (or account) on this server, answered in `access`. Give false for URLs alone."
          }
        }
      },
      "GenerateMcpUrlResponse": {
        "type": "object",
        "required": [
          "mcp_url",
          "user_ids_url",
          "connected_account_urls",
          "access"
        ],
        "properties": {
          "mcp_url": {
            "type": "string",
            "description": "The base URL, without a user selector."
          },
          "user_ids_url": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "One URL per requested user id, in order."
          },
          "connected_account_urls": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "One URL per requested connected account id, in order."
          },
          "access": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/McpAccess"
            },
            "description": "Patchbay: the users', then the accounts' URLs with the headers that authorize them; empty when `scoped_tokens` is false. Deleting a user's instance revokes their tokens."
          }
        }
      },
      "McpAccess": {
        "type": "object",
        "description": "A URL and the headers an AI client sends with it.",
        "required": [
          "user_id",
          "connected_account_id",
          "url",
          "headers",
          "commands",
          "cursor_install_link"
        ],
        "properties": {
          "user_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "connected_account_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "url": {
            "type": "string"
          },
          "headers": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            },
            "description": "With scoped tokens, `Authorization: Bearer pbt_…`; the token is shown only here, once."
          },
          "commands": {
            "$ref": "#/components/schemas/UserClientCommands"
          },
          "cursor_install_link": {
            "type": "string",
            "description": "Patchbay: Cursor's install deeplink (`cursor://anysphere.cursor-deeplink/mcp/install?name=…&config=…`) for this URL and its headers; opening it asks Cursor to add the server."
          }
        }
      },
      "McpInstance": {
        "type": "object",
        "required": [
          "id",
          "instance_id",
          "mcp_server_id",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "instance_id": {
            "type": "string",
            "description": "The user id."
          },
          "mcp_server_id": {
            "type": "string",
            "format": "uuid"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "McpInstanceList": {
        "type": "object",
        "required": [
          "instances",
          "server_id",
          "server_name",
          "total_pages",
          "current_page"
        ],
        "properties": {
          "instances": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/McpInstance"
            }
          },
          "server_id": {
            "type": "string",
            "format": "uuid"
          },
          "server_name": {
            "type": "string"
          },
          "total_pages": {
            "type": "integer",
            "minimum": 0
          },
          "current_page": {
            "type": "integer",
            "minimum": 1
          }
        }
      },
      "CreateMcpInstanceRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "user_id"
        ],
        "properties": {
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          }
        }
      },
      "DeleteMcpInstanceResponse": {
        "type": "object",
        "required": [
          "message",
          "deleted_connected_accounts"
        ],
        "properties": {
          "message": {
            "type": "string"
          },
          "deleted_connected_accounts": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "OAuthGrant": {
        "type": "object",
        "description": "Access a user gave an AI client by signing in through Patchbay's authorization server (MCP authorization,\nOAuth 2.1): the client's tokens for one MCP URL, acting as that user. Revoking it ends every token of it.\n",
        "required": [
          "id",
          "client_id",
          "client_name",
          "user_id",
          "server_id",
          "created_at",
          "expires_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The grant id."
          },
          "client_id": {
            "type": "string",
            "description": "The OAuth client (a registration id, or a metadata document URL)."
          },
          "client_name": {
            "type": [
              "string",
              "null"
            ],
            "description": "The name the client gave itself, if any."
          },
          "user_id": {
            "type": "string",
            "description": "The user the client acts as."
          },
          "server_id": {
            "type": "string",
            "format": "uuid"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "expires_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the grant (its refresh tokens) ends."
          }
        }
      },
      "OAuthGrantList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OAuthGrant"
            }
          }
        }
      },
      "OAuthSettings": {
        "type": "object",
        "description": "How end users sign in when their AI client connects to one of this project's MCP URLs with OAuth. With a\n`login_url` (developer approval), the authorization page sends the user there with a `patchbay_sign_in` id and\na `return_to` URL; your backend identifies the user, approves the sign-in for one of your user ids\n(POST /mcp/oauth/sign_ins/{sign_in_id}) and sends the browser to `return_to`. Without one, the consent page\nasks for a project API key and lets its holder choose the user id (local, single-user use), unless the\noperator configured an OpenID Connect identity provider.\n",
        "required": [
          "login_url"
        ],
        "properties": {
          "login_url": {
            "type": [
              "string",
              "null"
            ],
            "format": "uri",
            "maxLength": 2048,
            "description": "Your sign-in page (http or https), or null for the consent page's own sign-in."
          }
        }
      },
      "OAuthSignInDecision": {
        "type": "object",
        "description": "Approve a pending sign-in for one of your users, or deny it.",
        "properties": {
          "user_id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256,
            "description": "The user the client will act as."
          },
          "deny": {
            "type": "boolean",
            "description": "Deny the sign-in instead (the client gets access_denied)."
          }
        }
      },
      "OAuthSignInDecided": {
        "type": "object",
        "required": [
          "sign_in_id",
          "status",
          "server_id",
          "client_id",
          "return_to"
        ],
        "properties": {
          "sign_in_id": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "approved",
              "denied"
            ]
          },
          "user_id": {
            "type": "string"
          },
          "server_id": {
            "type": "string",
            "format": "uuid"
          },
          "client_id": {
            "type": "string"
          },
          "return_to": {
            "type": "string",
            "format": "uri",
            "description": "Send the user's browser here to finish the sign-in."
          }
        }
      },
      "ApiKey": {
        "type": "object",
        "required": [
          "id",
          "name",
          "prefix",
          "is_admin",
          "created_at",
          "last_used_at",
          "revoked_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The key's id (`ak_…`); not the secret."
          },
          "name": {
            "type": "string"
          },
          "prefix": {
            "type": "string",
            "description": "The first characters of the secret, to recognise it."
          },
          "is_admin": {
            "type": "boolean",
            "description": "Admin keys may also create projects."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "last_used_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "revoked_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "ApiKeyCreated": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ApiKey"
          },
          {
            "type": "object",
            "required": [
              "key"
            ],
            "properties": {
              "key": {
                "type": "string",
                "description": "The secret; shown this once and stored only hashed."
              }
            }
          }
        ]
      },
      "ApiKeyList": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ApiKey"
                }
              }
            }
          }
        ]
      },
      "CreateApiKeyRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          }
        }
      },
      "Project": {
        "type": "object",
        "required": [
          "id",
          "name",
          "created_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The project's id (`pr_…`)."
          },
          "name": {
            "type": "string"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ProjectCreated": {
        "type": "object",
        "required": [
          "project",
          "api_key"
        ],
        "properties": {
          "project": {
            "$ref": "#/components/schemas/Project"
          },
          "api_key": {
            "$ref": "#/components/schemas/ApiKeyCreated"
          }
        }
      },
      "CreateProjectRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          }
        }
      },
      "ToolkitKind": {
        "type": "string",
        "enum": [
          "builtin",
          "mcp_stdio",
          "mcp_http",
          "openapi",
          "catalog"
        ],
        "description": "Where a toolkit's tools come from: `builtin` (shipped with Patchbay), `mcp_stdio` / `mcp_http` (an upstream MCP\nserver run as a process or reached over HTTP), `openapi` (generated from an OpenAPI document) or `catalog`\n(an entry of an installed catalog).\n"
      },
      "CustomToolkitSlug": {
        "type": "string",
        "minLength": 2,
        "maxLength": 32,
        "pattern": "^[a-z0-9][a-z0-9_-]*$",
        "description": "Lowercase letters, digits, `_` and `-`; at most 32 characters so that tool slugs (`SLUG_ACTION`) stay within 64."
      },
      "ToolkitName": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100
      },
      "ToolkitDescription": {
        "type": "string",
        "maxLength": 2000
      },
      "ToolkitLogo": {
        "type": "string",
        "format": "uri",
        "maxLength": 2048,
        "description": "URL of the toolkit's logo."
      },
      "ToolkitCategories": {
        "type": "array",
        "maxItems": 20,
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        },
        "description": "Category names, e.g. `developer-tools`."
      },
      "ToolTimeoutMs": {
        "type": "integer",
        "minimum": 100,
        "maximum": 600000,
        "default": 30000,
        "description": "How long one tool call may take before it fails with a timeout."
      },
      "AuthField": {
        "type": "object",
        "description": "One field an auth scheme needs, as a toolkit declares it (answered as `HostedAuthField`).",
        "required": [
          "name",
          "display_name",
          "type",
          "required",
          "description",
          "secret"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "The key to send, e.g. `client_id` or `api_key`."
          },
          "display_name": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "string",
              "integer",
              "number",
              "boolean"
            ],
            "description": "The value's type."
          },
          "required": {
            "type": "boolean"
          },
          "description": {
            "type": "string"
          },
          "secret": {
            "type": "boolean",
            "description": "A secret is write-only: it is stored encrypted and answered masked."
          }
        }
      },
      "ToolkitAuthScheme": {
        "type": "object",
        "description": "An auth scheme as a toolkit declares it; answered as `AuthConfigDetail` (required and optional fields apart).",
        "required": [
          "mode",
          "fields"
        ],
        "properties": {
          "mode": {
            "$ref": "#/components/schemas/AuthScheme"
          },
          "fields": {
            "type": "object",
            "required": [
              "auth_config_creation",
              "connected_account_initiation"
            ],
            "properties": {
              "auth_config_creation": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/AuthField"
                },
                "description": "Fields of an auth config's `credentials` (e.g. an OAuth app's `client_id` and `client_secret`)."
              },
              "connected_account_initiation": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/AuthField"
                },
                "description": "Fields of a connection's `state` (e.g. an `api_key`); empty for OAuth."
              }
            }
          },
          "authorization_url": {
            "type": "string",
            "format": "uri",
            "description": "OAuth only: where users grant access."
          },
          "token_url": {
            "type": "string",
            "format": "uri",
            "description": "OAuth only: where codes and refresh tokens are exchanged."
          },
          "default_scopes": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "OAuth only: the scopes requested unless an auth config says otherwise."
          }
        }
      },
      "Toolkit": {
        "type": "object",
        "required": [
          "slug",
          "name",
          "description",
          "logo",
          "categories",
          "kind",
          "auth_schemes",
          "no_auth",
          "tools_count",
          "is_custom",
          "created_at",
          "updated_at",
          "version",
          "aliases",
          "meta",
          "is_local_toolkit",
          "composio_managed_auth_schemes",
          "auth_config_details"
        ],
        "description": "A toolkit. Beside Patchbay's own fields it carries the hosted API's (`meta`, `is_local_toolkit`,\n`composio_managed_auth_schemes`, `auth_config_details`), so the hosted SDK's `toolkits.get()` reads it as is.\n",
        "properties": {
          "slug": {
            "type": "string",
            "description": "Lowercase, e.g. `github`."
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": "string",
            "description": "Empty when none was given."
          },
          "logo": {
            "type": [
              "string",
              "null"
            ],
            "description": "URL of the logo, or null."
          },
          "categories": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "kind": {
            "$ref": "#/components/schemas/ToolkitKind"
          },
          "auth_schemes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuthScheme"
            },
            "description": "The modes of the auth schemes it supports, e.g. `[\"OAUTH2\"]`; empty when it needs no account."
          },
          "auth_config_details": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuthConfigDetail"
            },
            "description": "Each supported auth scheme and the fields it needs, in the hosted API's form."
          },
          "version": {
            "type": "string",
            "description": "A short hash of the toolkit's tool definitions (slugs, names, descriptions, schemas, annotations): it\nchanges whenever its tool list or a schema does. Patchbay keeps only the current version.\n"
          },
          "aliases": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Other slugs this toolkit answers to, e.g. the hosted spelling `googlecalendar` of `google-calendar`."
          },
          "meta": {
            "$ref": "#/components/schemas/ToolkitMeta"
          },
          "is_local_toolkit": {
            "type": "boolean",
            "description": "Always false (as the hosted API answers for its own)."
          },
          "composio_managed_auth_schemes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AuthScheme"
            },
            "description": "The schemes an auth config of type `use_composio_managed_auth` works with without credentials of yours:\nthe toolkit's first scheme when it is key-style (users give their own keys); Patchbay has no OAuth apps of\nits own.\n"
          },
          "no_auth": {
            "type": "boolean",
            "description": "True when its tools run without a connected account."
          },
          "tools_count": {
            "type": "integer",
            "minimum": 0
          },
          "is_custom": {
            "type": "boolean",
            "description": "True for toolkits this project created."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ToolkitSource": {
        "type": "object",
        "description": "Where a custom toolkit's tools come from: exactly one of `mcp` and `openapi`.",
        "required": [
          "timeout_ms"
        ],
        "properties": {
          "mcp": {
            "$ref": "#/components/schemas/McpSource"
          },
          "openapi": {
            "$ref": "#/components/schemas/OpenApiSource"
          },
          "timeout_ms": {
            "type": "integer",
            "minimum": 100,
            "maximum": 600000
          }
        }
      },
      "ToolkitDetail": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Toolkit"
          },
          {
            "type": "object",
            "required": [
              "source"
            ],
            "properties": {
              "source": {
                "description": "The source of a custom toolkit; null for the others.",
                "oneOf": [
                  {
                    "$ref": "#/components/schemas/ToolkitSource"
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          }
        ]
      },
      "ToolkitList": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Toolkit"
                }
              }
            }
          }
        ]
      },
      "ToolkitCategory": {
        "type": "object",
        "required": [
          "id",
          "slug",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The category, e.g. `developer-tools` (the hosted API's list form)."
          },
          "slug": {
            "type": "string",
            "description": "The same as `id` (the hosted API's detail form)."
          },
          "name": {
            "type": "string",
            "description": "A display name, e.g. `Developer tools`."
          }
        }
      },
      "ToolkitCategoryList": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ToolkitCategory"
                }
              }
            }
          }
        ]
      },
      "ToolkitMeta": {
        "type": "object",
        "description": "The hosted API's `meta` of a toolkit: the same facts as the top-level fields, as the hosted SDK reads them.",
        "required": [
          "description",
          "categories",
          "created_at",
          "updated_at",
          "tools_count",
          "triggers_count",
          "available_versions"
        ],
        "properties": {
          "description": {
            "type": "string"
          },
          "logo": {
            "type": "string",
            "description": "Absent when the toolkit has no logo (the hosted SDK refuses null)."
          },
          "categories": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ToolkitCategory"
            }
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          },
          "tools_count": {
            "type": "integer",
            "minimum": 0
          },
          "triggers_count": {
            "type": "integer",
            "minimum": 0,
            "description": "Always 0: Patchbay has no triggers."
          },
          "available_versions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The versions that can be pinned: only the current `version`."
          }
        }
      },
      "HostedAuthField": {
        "type": "object",
        "description": "One field an auth scheme needs, in the hosted API's form (its `displayName` is camelCase on its wire too).",
        "required": [
          "name",
          "displayName",
          "type",
          "required",
          "description",
          "is_secret"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "The key to send, e.g. `client_id` or `api_key`."
          },
          "displayName": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "enum": [
              "string",
              "integer",
              "number",
              "boolean"
            ],
            "description": "The value's type."
          },
          "required": {
            "type": "boolean"
          },
          "description": {
            "type": "string"
          },
          "is_secret": {
            "type": "boolean",
            "description": "A secret is write-only: it is stored encrypted and answered masked."
          }
        }
      },
      "HostedAuthFieldGroup": {
        "type": "object",
        "required": [
          "required",
          "optional"
        ],
        "properties": {
          "required": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HostedAuthField"
            }
          },
          "optional": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HostedAuthField"
            }
          }
        }
      },
      "AuthConfigDetail": {
        "type": "object",
        "description": "An auth scheme a toolkit supports and what it needs, in the hosted API's form.",
        "required": [
          "name",
          "mode",
          "fields"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "The mode's display name, e.g. `OAuth 2`."
          },
          "mode": {
            "$ref": "#/components/schemas/AuthScheme"
          },
          "fields": {
            "type": "object",
            "required": [
              "auth_config_creation",
              "connected_account_initiation"
            ],
            "properties": {
              "auth_config_creation": {
                "$ref": "#/components/schemas/HostedAuthFieldGroup",
                "description": "Fields of an auth config's `credentials` (e.g. an OAuth app's `client_id` and `client_secret`)."
              },
              "connected_account_initiation": {
                "$ref": "#/components/schemas/HostedAuthFieldGroup",
                "description": "Fields of a connection's `state` (e.g. an `api_key`); empty for OAuth."
              }
            }
          },
          "authorization_url": {
            "type": "string",
            "format": "uri",
            "description": "OAuth only: where users grant access."
          },
          "token_url": {
            "type": "string",
            "format": "uri",
            "description": "OAuth only: where codes and refresh tokens are exchanged."
          },
          "default_scopes": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "OAuth only: the scopes requested unless an auth config says otherwise."
          }
        }
      },
      "EnvVarName": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128,
        "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"
      },
      "McpStdioSource": {
        "type": "object",
        "additionalProperties": false,
        "description": "An MCP server Patchbay starts as a process and talks to over stdio.",
        "required": [
          "transport",
          "command"
        ],
        "properties": {
          "transport": {
            "type": "string",
            "const": "stdio"
          },
          "command": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024,
            "description": "The executable, e.g. `npx`."
          },
          "args": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "maxLength": 4096
            },
            "default": []
          },
          "env": {
            "type": "object",
            "maxProperties": 100,
            "propertyNames": {
              "$ref": "#/components/schemas/EnvVarName"
            },
            "additionalProperties": {
              "type": "string",
              "maxLength": 8192
            },
            "default": {},
            "description": "Environment variables for every user; not secret (they are stored and answered in clear)."
          },
          "per_user_env": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/EnvVarName"
            },
            "default": [],
            "description": "Environment variables filled for each user from the credentials of their connected account (the field of\nthe same name); the process runs once per user, and such a toolkit needs a connected account.\n"
          }
        }
      },
      "McpHttpSource": {
        "type": "object",
        "additionalProperties": false,
        "description": "An MCP server Patchbay reaches over HTTP.",
        "required": [
          "transport",
          "url"
        ],
        "properties": {
          "transport": {
            "type": "string",
            "enum": [
              "streamable_http",
              "sse"
            ],
            "description": "`streamable_http` (current) or `sse` (the older HTTP+SSE transport)."
          },
          "url": {
            "type": "string",
            "format": "uri",
            "maxLength": 2048
          },
          "headers": {
            "type": "object",
            "maxProperties": 50,
            "additionalProperties": {
              "type": "string",
              "maxLength": 8192
            },
            "default": {},
            "description": "Headers sent on every request; not secret (they are stored and answered in clear)."
          }
        }
      },
      "McpSource": {
        "description": "An upstream MCP server.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/McpStdioSource"
          },
          {
            "$ref": "#/components/schemas/McpHttpSource"
          }
        ]
      },
      "OpenApiAuth": {
        "type": "object",
        "additionalProperties": false,
        "description": "Where a connected account's credential goes in each request.",
        "required": [
          "scheme"
        ],
        "properties": {
          "scheme": {
            "$ref": "#/components/schemas/AuthScheme"
          },
          "in": {
            "type": "string",
            "enum": [
              "header",
              "query"
            ],
            "default": "header"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128,
            "default": "Authorization",
            "description": "The header or query parameter, e.g. `Authorization` or `X-Api-Key`."
          }
        }
      },
      "OpenApiSource": {
        "type": "object",
        "additionalProperties": false,
        "description": "Tools generated from an OpenAPI 3 document, one per operation: give exactly one of `spec_url` and `spec`.",
        "properties": {
          "spec_url": {
            "type": "string",
            "format": "uri",
            "maxLength": 2048,
            "description": "Where to fetch the document."
          },
          "spec": {
            "type": "object",
            "additionalProperties": true,
            "description": "The document itself."
          },
          "base_url": {
            "type": "string",
            "format": "uri",
            "maxLength": 2048,
            "description": "The API's base URL; defaults to the document's first `servers` entry."
          },
          "auth": {
            "$ref": "#/components/schemas/OpenApiAuth"
          }
        }
      },
      "CreateMcpToolkitRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "A custom toolkit backed by an MCP server.",
        "required": [
          "slug",
          "name",
          "mcp"
        ],
        "properties": {
          "slug": {
            "$ref": "#/components/schemas/CustomToolkitSlug"
          },
          "name": {
            "$ref": "#/components/schemas/ToolkitName"
          },
          "description": {
            "$ref": "#/components/schemas/ToolkitDescription"
          },
          "logo": {
            "$ref": "#/components/schemas/ToolkitLogo"
          },
          "categories": {
            "$ref": "#/components/schemas/ToolkitCategories"
          },
          "mcp": {
            "$ref": "#/components/schemas/McpSource"
          },
          "timeout_ms": {
            "$ref": "#/components/schemas/ToolTimeoutMs"
          }
        }
      },
      "CreateOpenApiToolkitRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "A custom toolkit generated from an OpenAPI document.",
        "required": [
          "slug",
          "name",
          "openapi"
        ],
        "properties": {
          "slug": {
            "$ref": "#/components/schemas/CustomToolkitSlug"
          },
          "name": {
            "$ref": "#/components/schemas/ToolkitName"
          },
          "description": {
            "$ref": "#/components/schemas/ToolkitDescription"
          },
          "logo": {
            "$ref": "#/components/schemas/ToolkitLogo"
          },
          "categories": {
            "$ref": "#/components/schemas/ToolkitCategories"
          },
          "openapi": {
            "$ref": "#/components/schemas/OpenApiSource"
          },
          "timeout_ms": {
            "$ref": "#/components/schemas/ToolTimeoutMs"
          }
        }
      },
      "CreateToolkitRequest": {
        "description": "A custom toolkit: exactly one source, `mcp` or `openapi`.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/CreateMcpToolkitRequest"
          },
          {
            "$ref": "#/components/schemas/CreateOpenApiToolkitRequest"
          }
        ]
      },
      "UpdateToolkitRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "Only the fields given change. A source (`mcp` or `openapi`, not both) replaces the current one.",
        "properties": {
          "name": {
            "$ref": "#/components/schemas/ToolkitName"
          },
          "description": {
            "$ref": "#/components/schemas/ToolkitDescription"
          },
          "logo": {
            "$ref": "#/components/schemas/ToolkitLogo"
          },
          "categories": {
            "$ref": "#/components/schemas/ToolkitCategories"
          },
          "mcp": {
            "$ref": "#/components/schemas/McpSource"
          },
          "openapi": {
            "$ref": "#/components/schemas/OpenApiSource"
          },
          "timeout_ms": {
            "type": "integer",
            "minimum": 100,
            "maximum": 600000
          }
        }
      },
      "ToolAnnotations": {
        "type": "object",
        "description": "The MCP tool annotations (hints for clients; not guarantees).",
        "properties": {
          "readOnlyHint": {
            "type": "boolean",
            "description": "The tool does not change its environment."
          },
          "destructiveHint": {
            "type": "boolean",
            "description": "The tool may delete or overwrite."
          },
          "idempotentHint": {
            "type": "boolean",
            "description": "Repeating a call with the same arguments has no further effect."
          },
          "openWorldHint": {
            "type": "boolean",
            "description": "The tool talks to an open world of external entities."
          },
          "title": {
            "type": "string",
            "description": "A display title."
          }
        }
      },
      "ToolToolkitRef": {
        "type": "object",
        "required": [
          "slug",
          "name"
        ],
        "properties": {
          "slug": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "logo": {
            "type": "string",
            "description": "Absent when the toolkit has no logo (the hosted SDK refuses null)."
          }
        }
      },
      "Tool": {
        "type": "object",
        "required": [
          "slug",
          "name",
          "description",
          "toolkit",
          "input_parameters",
          "output_parameters",
          "tags",
          "annotations",
          "no_auth",
          "version",
          "available_versions"
        ],
        "properties": {
          "slug": {
            "type": "string",
            "maxLength": 64,
            "pattern": "^[A-Za-z0-9_-]+$",
            "description": "UPPER_SNAKE `TOOLKIT_ACTION`, e.g. `GITHUB_CREATE_AN_ISSUE`; also the tool's name over MCP."
          },
          "name": {
            "type": "string",
            "description": "A display name."
          },
          "description": {
            "type": "string"
          },
          "toolkit": {
            "$ref": "#/components/schemas/ToolToolkitRef"
          },
          "input_parameters": {
            "type": "object",
            "additionalProperties": true,
            "description": "JSON Schema of the arguments (an object schema)."
          },
          "output_parameters": {
            "type": "object",
            "additionalProperties": true,
            "description": "JSON Schema of `data` in a successful result; `{}` when unknown."
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The names of the MCP annotations that are true (e.g. `readOnlyHint`), then the toolkit's categories."
          },
          "annotations": {
            "$ref": "#/components/schemas/ToolAnnotations"
          },
          "no_auth": {
            "type": "boolean",
            "description": "True when the tool runs without a connected account."
          },
          "version": {
            "type": "string",
            "description": "Its toolkit's `version`; execute may pin it (the hosted SDK sends the one it read)."
          },
          "available_versions": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The versions that can be pinned: only the current `version`."
          }
        }
      },
      "ToolList": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Tool"
                }
              }
            }
          }
        ]
      },
      "ExecuteToolRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "Runs a tool once as a user. The account used is `connected_account_id` when given, else the user's active\nconnected account for the toolkit (`user_id` defaults to `default`).\n",
        "properties": {
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "connected_account_id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "A connected account (`ca_…`)."
          },
          "arguments": {
            "type": "object",
            "additionalProperties": true,
            "default": {},
            "description": "The tool's arguments, valid against its `input_parameters`."
          },
          "allow_tracing": {
            "type": "boolean",
            "description": "Accepted for compatibility; the call is logged either way."
          },
          "version": {
            "type": "string",
            "maxLength": 64,
            "description": "The toolkit version the caller read (the tool's `version`), or `latest`. A version the toolkit does not\nhave (it changed since) is refused with 404 `version_not_found`, and nothing runs.\n"
          }
        }
      },
      "ExecuteToolResponse": {
        "type": "object",
        "description": "A tool's failure is an answer too: `successful: false` with `error` set (HTTP 200).",
        "required": [
          "data",
          "error",
          "successful",
          "log_id"
        ],
        "properties": {
          "data": {
            "type": "object",
            "additionalProperties": true,
            "description": "The tool's result; `{}` on failure."
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "What went wrong; null on success."
          },
          "successful": {
            "type": "boolean"
          },
          "log_id": {
            "type": "string",
            "description": "The id of this call in the tool-call log."
          }
        }
      },
      "AuthScheme": {
        "type": "string",
        "enum": [
          "OAUTH2",
          "OAUTH1",
          "API_KEY",
          "BASIC",
          "BEARER_TOKEN",
          "NO_AUTH"
        ],
        "description": "How a toolkit authenticates."
      },
      "AuthConfigStatus": {
        "type": "string",
        "enum": [
          "ENABLED",
          "DISABLED"
        ]
      },
      "AuthCredentialsInput": {
        "type": "object",
        "additionalProperties": true,
        "description": "Write-only: the scheme's `auth_config_creation` fields, e.g. `client_id` and `client_secret` for OAuth 2 or\n`api_key` for a key shared by all users. Stored encrypted; secrets are never answered in clear.\n"
      },
      "AuthScopes": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256
        },
        "description": "OAuth scopes to request; defaults to the toolkit's `default_scopes`."
      },
      "ProxyConfig": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "proxy_url"
        ],
        "properties": {
          "proxy_url": {
            "type": "string",
            "format": "uri",
            "maxLength": 2048,
            "description": "An HTTP proxy for the toolkit's requests."
          },
          "proxy_auth_key": {
            "type": "string",
            "maxLength": 1024,
            "description": "Write-only: sent to the proxy."
          }
        }
      },
      "AuthConfig": {
        "type": "object",
        "required": [
          "id",
          "name",
          "toolkit",
          "auth_scheme",
          "is_composio_managed",
          "credentials",
          "scopes",
          "status",
          "no_of_connections",
          "created_at",
          "last_updated_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "`ac_…`"
          },
          "name": {
            "type": "string"
          },
          "toolkit": {
            "type": "object",
            "required": [
              "slug",
              "logo"
            ],
            "properties": {
              "slug": {
                "type": "string"
              },
              "logo": {
                "type": "string",
                "description": "Empty when the toolkit has no logo (as in a server's `toolkit_icons`): the hosted SDK requires a string."
              }
            }
          },
          "auth_scheme": {
            "$ref": "#/components/schemas/AuthScheme"
          },
          "is_composio_managed": {
            "type": "boolean",
            "description": "True when the credentials are Patchbay's own (no OAuth app of yours); named as the hosted API does."
          },
          "credentials": {
            "type": "object",
            "additionalProperties": true,
            "description": "The stored credentials with every secret masked to its last four characters (e.g. `client_secret: \"••••abcd\"`).\nSecrets are never returned in clear.\n"
          },
          "scopes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "status": {
            "$ref": "#/components/schemas/AuthConfigStatus"
          },
          "no_of_connections": {
            "type": "integer",
            "minimum": 0,
            "description": "Connected accounts using it."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "last_updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AuthConfigList": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/AuthConfig"
                }
              }
            }
          }
        ]
      },
      "AuthConfigName": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100
      },
      "ManagedAuthConfigInput": {
        "type": "object",
        "additionalProperties": false,
        "description": "Use the toolkit's managed credentials.",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "use_composio_managed_auth"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "name": {
            "$ref": "#/components/schemas/AuthConfigName"
          },
          "credentials": {
            "$ref": "#/components/schemas/AuthCredentialsInput"
          },
          "scopes": {
            "$ref": "#/components/schemas/AuthScopes"
          },
          "proxy_config": {
            "$ref": "#/components/schemas/ProxyConfig"
          }
        }
      },
      "CustomAuthConfigInput": {
        "type": "object",
        "additionalProperties": false,
        "description": "Use your own credentials (e.g. your OAuth app); `auth_scheme` (or its alias `authScheme`) is required.",
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "use_custom_auth"
            ],
            "description": "discriminator enum property added by openapi-typescript"
          },
          "name": {
            "$ref": "#/components/schemas/AuthConfigName"
          },
          "auth_scheme": {
            "$ref": "#/components/schemas/AuthScheme"
          },
          "authScheme": {
            "$ref": "#/components/schemas/AuthScheme",
            "deprecated": true,
            "description": "Alias of `auth_scheme`, as the hosted SDK sends it."
          },
          "credentials": {
            "$ref": "#/components/schemas/AuthCredentialsInput"
          },
          "scopes": {
            "$ref": "#/components/schemas/AuthScopes"
          },
          "proxy_config": {
            "$ref": "#/components/schemas/ProxyConfig"
          }
        }
      },
      "CreateAuthConfigRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "toolkit",
          "auth_config"
        ],
        "properties": {
          "toolkit": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "slug"
            ],
            "properties": {
              "slug": {
                "$ref": "#/components/schemas/ToolkitSlug"
              }
            }
          },
          "auth_config": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ManagedAuthConfigInput"
              },
              {
                "$ref": "#/components/schemas/CustomAuthConfigInput"
              }
            ],
            "discriminator": {
              "propertyName": "type",
              "mapping": {
                "use_composio_managed_auth": "#/components/schemas/ManagedAuthConfigInput",
                "use_custom_auth": "#/components/schemas/CustomAuthConfigInput"
              }
            }
          }
        }
      },
      "CreateAuthConfigResponse": {
        "type": "object",
        "description": "As the hosted API answers; get the auth config for every field.",
        "required": [
          "toolkit",
          "auth_config"
        ],
        "properties": {
          "toolkit": {
            "type": "object",
            "required": [
              "slug"
            ],
            "properties": {
              "slug": {
                "type": "string"
              }
            }
          },
          "auth_config": {
            "type": "object",
            "required": [
              "id",
              "auth_scheme",
              "is_composio_managed"
            ],
            "properties": {
              "id": {
                "type": "string",
                "description": "`ac_…`"
              },
              "auth_scheme": {
                "$ref": "#/components/schemas/AuthScheme"
              },
              "is_composio_managed": {
                "type": "boolean"
              }
            }
          }
        }
      },
      "UpdateAuthConfigRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "Only the fields given change; `credentials` replaces the stored credentials as a whole. `type`,\n`tool_access_config` and `is_enabled_for_tool_router` are what the hosted SDK's `authConfigs.update` sends\nbeside them.\n",
        "properties": {
          "name": {
            "$ref": "#/components/schemas/AuthConfigName"
          },
          "credentials": {
            "$ref": "#/components/schemas/AuthCredentialsInput"
          },
          "scopes": {
            "$ref": "#/components/schemas/AuthScopes"
          },
          "type": {
            "type": "string",
            "enum": [
              "custom",
              "default"
            ],
            "description": "The hosted SDK's form: `custom` with `credentials`, `default` with `scopes`. Changes nothing itself."
          },
          "tool_access_config": {
            "type": "object",
            "additionalProperties": false,
            "description": "Sent by the hosted SDK (empty unless asked for). Patchbay has no tool limits per auth config (an MCP\nserver's `allowed_tools` limits tools), so a list that names a tool is refused.\n",
            "properties": {
              "tools_for_connected_account_creation": {
                "type": "array",
                "maxItems": 0,
                "items": {
                  "type": "string"
                }
              },
              "tools_available_for_execution": {
                "type": "array",
                "maxItems": 0,
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "is_enabled_for_tool_router": {
            "type": "boolean",
            "description": "Sent by the hosted SDK when asked; Patchbay has no tool router, so it has no effect."
          }
        }
      },
      "SuccessResponse": {
        "type": "object",
        "required": [
          "success"
        ],
        "properties": {
          "success": {
            "type": "boolean"
          }
        }
      },
      "ConnectedAccountStatus": {
        "type": "string",
        "enum": [
          "INITIALIZING",
          "INITIATED",
          "ACTIVE",
          "FAILED",
          "EXPIRED",
          "INACTIVE"
        ],
        "description": "`INITIATED`: waiting for the user (e.g. to finish OAuth); `ACTIVE`: usable; `FAILED`: authorisation failed;\n`EXPIRED`: its token expired and could not be refreshed; `INACTIVE`: disabled.\n"
      },
      "ConnectedAccount": {
        "type": "object",
        "description": "One user's connection to a toolkit. Never carries a token, key or password.",
        "required": [
          "id",
          "toolkit",
          "auth_config",
          "user_id",
          "status",
          "status_reason",
          "is_disabled",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "`ca_…`"
          },
          "toolkit": {
            "type": "object",
            "required": [
              "slug"
            ],
            "properties": {
              "slug": {
                "type": "string"
              }
            }
          },
          "auth_config": {
            "type": "object",
            "required": [
              "id",
              "auth_scheme",
              "is_composio_managed",
              "is_disabled"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "auth_scheme": {
                "$ref": "#/components/schemas/AuthScheme"
              },
              "is_composio_managed": {
                "type": "boolean"
              },
              "is_disabled": {
                "type": "boolean"
              }
            }
          },
          "user_id": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/ConnectedAccountStatus"
          },
          "status_reason": {
            "type": [
              "string",
              "null"
            ],
            "description": "Why it is FAILED, EXPIRED or INACTIVE."
          },
          "is_disabled": {
            "type": "boolean"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ConnectedAccountList": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ConnectedAccount"
                }
              }
            }
          }
        ]
      },
      "CreateConnectedAccountRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "auth_config",
          "connection"
        ],
        "properties": {
          "auth_config": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "id"
            ],
            "properties": {
              "id": {
                "$ref": "#/components/schemas/AuthConfigId"
              }
            }
          },
          "connection": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "user_id": {
                "$ref": "#/components/schemas/UserId",
                "default": "default"
              },
              "callback_url": {
                "type": "string",
                "format": "uri",
                "maxLength": 2048,
                "description": "OAuth only: where the user's browser goes after authorising."
              },
              "state": {
                "type": "object",
                "additionalProperties": true,
                "description": "Write-only: the credentials of a non-OAuth scheme (the `connected_account_initiation` fields, e.g.\n`{\"api_key\": \"…\"}`, `{\"token\": \"…\"}`, `{\"username\": \"…\", \"password\": \"…\"}`); the hosted form\n`{\"authScheme\": \"API_KEY\", \"val\": {…}}` is accepted too. Stored encrypted; never answered.\n"
              },
              "data": {
                "type": "object",
                "additionalProperties": true,
                "description": "Extra non-secret values a toolkit needs (e.g. a subdomain)."
              }
            }
          }
        }
      },
      "CreateConnectedAccountResponse": {
        "type": "object",
        "required": [
          "id",
          "status",
          "redirect_url",
          "connectionData"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "`ca_…`"
          },
          "status": {
            "$ref": "#/components/schemas/ConnectedAccountStatus"
          },
          "redirect_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The connect page the user opens (status `INITIATED`): OAuth sign-in, or a form for a key the request did\nnot give; null when the account is `ACTIVE` at once.\n"
          },
          "connection_data": {
            "type": "object",
            "additionalProperties": true,
            "description": "Non-secret details of the connection; never a token or key."
          },
          "connectionData": {
            "$ref": "#/components/schemas/HostedConnectionData"
          }
        }
      },
      "HostedConnectionData": {
        "type": "object",
        "description": "The same facts in the hosted API's form (camelCase on its wire too): the hosted SDK's\n`connectedAccounts.initiate` reads `val.status` and `val.redirectUrl`. Unlike the hosted API, `val` never\ncarries a token, key or password.\n",
        "required": [
          "authScheme",
          "val"
        ],
        "properties": {
          "authScheme": {
            "$ref": "#/components/schemas/AuthScheme"
          },
          "val": {
            "type": "object",
            "additionalProperties": true,
            "required": [
              "status"
            ],
            "description": "`status`, `redirectUrl` when the user has something to do, and the non-secret `connection.data`.",
            "properties": {
              "status": {
                "$ref": "#/components/schemas/ConnectedAccountStatus"
              },
              "redirectUrl": {
                "type": "string",
                "description": "Set when status is `INITIATED`."
              }
            }
          }
        }
      },
      "CreateConnectedAccountLinkRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "A connect link for a user, as the hosted SDK's `connectedAccounts.link()` sends it. The account is created\n`INITIATED`; the user finishes on the connect page (OAuth sign-in, or the key for a key-style scheme).\n",
        "required": [
          "auth_config_id",
          "user_id"
        ],
        "properties": {
          "auth_config_id": {
            "$ref": "#/components/schemas/AuthConfigId"
          },
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "callback_url": {
            "type": "string",
            "format": "uri",
            "maxLength": 2048,
            "description": "Where the user's browser goes after connecting."
          }
        }
      },
      "ConnectedAccountLink": {
        "type": "object",
        "required": [
          "connected_account_id",
          "redirect_url",
          "link_token",
          "expires_at"
        ],
        "properties": {
          "connected_account_id": {
            "type": "string",
            "description": "`ca_…`, status `INITIATED` until the user connects."
          },
          "redirect_url": {
            "type": "string",
            "description": "The connect page for the user to open."
          },
          "link_token": {
            "type": "string",
            "description": "The one-time token in `redirect_url`."
          },
          "expires_at": {
            "type": "string",
            "format": "date-time",
            "description": "When the link stops working."
          }
        }
      },
      "RefreshConnectedAccountResponse": {
        "type": "object",
        "required": [
          "id",
          "status",
          "redirect_url"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "$ref": "#/components/schemas/ConnectedAccountStatus"
          },
          "redirect_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "Set when the user must authorise again; null when the refresh needed no user."
          }
        }
      },
      "UpdateConnectedAccountStatusRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "enabled"
        ],
        "properties": {
          "enabled": {
            "type": "boolean",
            "description": "False disables the account (status `INACTIVE`); true enables it again."
          }
        }
      },
      "ToolCallOutcome": {
        "type": "string",
        "enum": [
          "success",
          "error"
        ]
      },
      "ToolCall": {
        "type": "object",
        "description": "One tool call. Arguments and results are not stored, so the log holds no secrets from them.",
        "required": [
          "id",
          "server_id",
          "user_id",
          "connected_account_id",
          "tool_slug",
          "toolkit_slug",
          "started_at",
          "duration_ms",
          "outcome",
          "error",
          "source"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The `log_id` that execute answers."
          },
          "server_id": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid",
            "description": "The MCP server; null for a direct execute."
          },
          "user_id": {
            "type": "string"
          },
          "connected_account_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The account used; null for a no-auth tool."
          },
          "tool_slug": {
            "type": "string"
          },
          "toolkit_slug": {
            "type": "string"
          },
          "started_at": {
            "type": "string",
            "format": "date-time"
          },
          "duration_ms": {
            "type": "integer",
            "minimum": 0
          },
          "outcome": {
            "$ref": "#/components/schemas/ToolCallOutcome"
          },
          "error": {
            "type": [
              "string",
              "null"
            ],
            "description": "The error message; null on success."
          },
          "session_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "The tool session the call ran in (`trs_…`); null outside one."
          },
          "source": {
            "type": "string",
            "enum": [
              "mcp",
              "api"
            ],
            "description": "`mcp`: from an AI client over an MCP server; `api`: from POST /tools/execute."
          }
        }
      },
      "ToolCallList": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ToolCall"
                }
              }
            }
          }
        ]
      },
      "ToolRouterSessionId": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[A-Za-z0-9_-]+$",
        "description": "A session's id (`trs_…`)."
      },
      "ToolRouterHint": {
        "type": "string",
        "enum": [
          "readOnlyHint",
          "destructiveHint",
          "idempotentHint",
          "openWorldHint"
        ],
        "description": "An MCP tool annotation. Hints a tool does not state take MCP's defaults: a tool that is not read-only is\ndestructive and open-world unless it says otherwise.\n"
      },
      "ToolRouterHints": {
        "type": "array",
        "maxItems": 4,
        "items": {
          "$ref": "#/components/schemas/ToolRouterHint"
        }
      },
      "ToolRouterTags": {
        "description": "A list (= enable), or `{enable, disable}`: a tool needs one enabled hint and none of the disabled ones.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/ToolRouterHints"
          },
          {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "enable": {
                "$ref": "#/components/schemas/ToolRouterHints"
              },
              "disable": {
                "$ref": "#/components/schemas/ToolRouterHints"
              }
            }
          }
        ]
      },
      "ToolRouterSlugList": {
        "type": "array",
        "maxItems": 1000,
        "items": {
          "$ref": "#/components/schemas/ToolkitSlug"
        }
      },
      "ToolRouterToolSlugList": {
        "type": "array",
        "maxItems": 1000,
        "items": {
          "$ref": "#/components/schemas/ToolSlug"
        }
      },
      "ToolRouterToolkitsFilter": {
        "type": "object",
        "additionalProperties": false,
        "description": "An allowlist (`enable`; `[]` = no toolkit) or a denylist (`disable`) of toolkits: exactly one of the two.",
        "properties": {
          "enable": {
            "$ref": "#/components/schemas/ToolRouterSlugList"
          },
          "disable": {
            "$ref": "#/components/schemas/ToolRouterSlugList"
          }
        }
      },
      "ToolRouterToolFilter": {
        "type": "object",
        "additionalProperties": false,
        "description": "One toolkit's tools: an allowlist, a denylist, or its own tags (which replace the session's): exactly one.",
        "properties": {
          "enable": {
            "$ref": "#/components/schemas/ToolRouterToolSlugList"
          },
          "disable": {
            "$ref": "#/components/schemas/ToolRouterToolSlugList"
          },
          "tags": {
            "$ref": "#/components/schemas/ToolRouterTags"
          }
        }
      },
      "ToolRouterManageConnections": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "enable": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Serve COMPOSIO_MANAGE_CONNECTIONS (default true)."
          },
          "callback_url": {
            "type": "string",
            "maxLength": 2048,
            "description": "Where the user returns after connecting."
          },
          "enable_connection_removal": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Accepted and echoed (default true)."
          },
          "enable_wait_for_connections": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Serve COMPOSIO_WAIT_FOR_CONNECTIONS (default false)."
          }
        }
      },
      "ToolRouterPreload": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "tools": {
            "description": "Tools served directly, without search; `all` = every tool the positive filters allow (needs a toolkit allowlist).",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ToolRouterToolSlugList"
              },
              {
                "type": "string",
                "enum": [
                  "all"
                ]
              }
            ]
          }
        }
      },
      "ToolRouterSearchSwitch": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "enable": {
            "type": "boolean",
            "description": "Serve COMPOSIO_SEARCH_TOOLS (default true)."
          }
        }
      },
      "ToolRouterExecuteSwitch": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "enable_multi_execute": {
            "type": "boolean",
            "description": "Serve COMPOSIO_MULTI_EXECUTE_TOOL (default true)."
          }
        }
      },
      "ToolRouterWorkbench": {
        "type": "object",
        "additionalProperties": false,
        "description": "The hosted code sandbox. Patchbay has none: accepted and echoed, with a warning; its tools are never served.",
        "properties": {
          "enable": {
            "type": "boolean"
          },
          "enable_proxy_execution": {
            "type": "boolean"
          },
          "auto_offload_threshold": {
            "type": "number",
            "minimum": 0
          },
          "sandbox_size": {
            "type": "string",
            "enum": [
              "standard",
              "medium",
              "large",
              "xlarge"
            ]
          }
        }
      },
      "ToolRouterMultiAccount": {
        "type": "object",
        "additionalProperties": false,
        "description": "Several accounts per toolkit. Not done yet: accepted and echoed, with a warning when enabled.",
        "properties": {
          "enable": {
            "type": "boolean"
          },
          "max_accounts_per_toolkit": {
            "type": "integer",
            "minimum": 2,
            "maximum": 10
          },
          "require_explicit_selection": {
            "type": "boolean"
          }
        }
      },
      "ToolRouterExperimental": {
        "type": "object",
        "additionalProperties": false,
        "description": "Accepted and echoed; custom tools and permissions are not done yet (a warning says so).",
        "properties": {
          "assistive_prompt_config": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "user_timezone": {
                "type": "string",
                "maxLength": 64
              }
            }
          },
          "custom_tools": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "custom_toolkits": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "link_url_overwrite": {
            "type": "string",
            "maxLength": 2048
          },
          "permissions": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "ToolRouterAuthConfigs": {
        "type": "object",
        "description": "The auth config to use per toolkit (`{github: \"ac_…\"}`).",
        "additionalProperties": {
          "$ref": "#/components/schemas/AuthConfigId"
        }
      },
      "ToolRouterConnectedAccounts": {
        "type": "object",
        "description": "Pinned accounts per toolkit: each must exist, be active-able and belong to the session's user; at most one per toolkit.",
        "additionalProperties": {
          "type": "array",
          "maxItems": 10,
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          }
        }
      },
      "ToolRouterToolsConfig": {
        "type": "object",
        "description": "Per-toolkit tool filters, by toolkit slug.",
        "additionalProperties": {
          "$ref": "#/components/schemas/ToolRouterToolFilter"
        }
      },
      "CreateToolRouterSessionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "user_id"
        ],
        "properties": {
          "user_id": {
            "$ref": "#/components/schemas/UserId"
          },
          "toolkits": {
            "$ref": "#/components/schemas/ToolRouterToolkitsFilter"
          },
          "tools": {
            "$ref": "#/components/schemas/ToolRouterToolsConfig"
          },
          "tags": {
            "$ref": "#/components/schemas/ToolRouterTags"
          },
          "auth_configs": {
            "$ref": "#/components/schemas/ToolRouterAuthConfigs"
          },
          "connected_accounts": {
            "$ref": "#/components/schemas/ToolRouterConnectedAccounts"
          },
          "manage_connections": {
            "$ref": "#/components/schemas/ToolRouterManageConnections"
          },
          "preload": {
            "$ref": "#/components/schemas/ToolRouterPreload"
          },
          "search": {
            "$ref": "#/components/schemas/ToolRouterSearchSwitch"
          },
          "execute": {
            "$ref": "#/components/schemas/ToolRouterExecuteSwitch"
          },
          "workbench": {
            "$ref": "#/components/schemas/ToolRouterWorkbench"
          },
          "multi_account": {
            "$ref": "#/components/schemas/ToolRouterMultiAccount"
          },
          "experimental": {
            "$ref": "#/components/schemas/ToolRouterExperimental"
          }
        }
      },
      "UpdateToolRouterSessionRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "Only the fields given change; `null` clears a block. Each change archives the old config (config_history).",
        "properties": {
          "toolkits": {
            "$ref": "#/components/schemas/ToolRouterToolkitsFilter"
          },
          "tools": {
            "$ref": "#/components/schemas/ToolRouterToolsConfig"
          },
          "tags": {
            "$ref": "#/components/schemas/ToolRouterTags"
          },
          "auth_configs": {
            "$ref": "#/components/schemas/ToolRouterAuthConfigs"
          },
          "connected_accounts": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ToolRouterConnectedAccounts"
              },
              {
                "type": "null"
              }
            ]
          },
          "manage_connections": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ToolRouterManageConnections"
              },
              {
                "type": "null"
              }
            ]
          },
          "preload": {
            "$ref": "#/components/schemas/ToolRouterPreload"
          },
          "search": {
            "$ref": "#/components/schemas/ToolRouterSearchSwitch"
          },
          "execute": {
            "$ref": "#/components/schemas/ToolRouterExecuteSwitch"
          },
          "workbench": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ToolRouterWorkbench"
              },
              {
                "type": "null"
              }
            ]
          },
          "multi_account": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ToolRouterMultiAccount"
              },
              {
                "type": "null"
              }
            ]
          },
          "experimental": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ToolRouterExperimental"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ToolRouterEchoTags": {
        "type": "object",
        "properties": {
          "enabled": {
            "$ref": "#/components/schemas/ToolRouterHints"
          },
          "disabled": {
            "$ref": "#/components/schemas/ToolRouterHints"
          }
        }
      },
      "ToolRouterConfig": {
        "type": "object",
        "description": "The stored config as the hosted service echoes it (`enabled`/`disabled`).",
        "required": [
          "user_id",
          "search",
          "execute",
          "preload"
        ],
        "properties": {
          "user_id": {
            "type": "string"
          },
          "toolkits": {
            "type": "object",
            "properties": {
              "enabled": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "disabled": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "tools": {
            "type": "object",
            "additionalProperties": {
              "type": "object",
              "properties": {
                "enabled": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "disabled": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "tags": {
                  "$ref": "#/components/schemas/ToolRouterEchoTags"
                }
              }
            }
          },
          "tags": {
            "$ref": "#/components/schemas/ToolRouterEchoTags"
          },
          "auth_configs": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "connected_accounts": {
            "type": "object",
            "additionalProperties": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "manage_connections": {
            "type": "object",
            "properties": {
              "enabled": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "callback_url": {
                "type": "string"
              },
              "enable_connection_removal": {
                "type": [
                  "boolean",
                  "null"
                ]
              },
              "enable_wait_for_connections": {
                "type": [
                  "boolean",
                  "null"
                ]
              }
            }
          },
          "preload": {
            "type": "object",
            "required": [
              "tools"
            ],
            "properties": {
              "tools": {
                "oneOf": [
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  {
                    "type": "string",
                    "enum": [
                      "all"
                    ]
                  }
                ]
              }
            }
          },
          "search": {
            "type": "object",
            "properties": {
              "enable": {
                "type": "boolean"
              }
            }
          },
          "execute": {
            "type": "object",
            "properties": {
              "enable_multi_execute": {
                "type": "boolean"
              }
            }
          },
          "workbench": {
            "type": "object",
            "properties": {
              "enable": {
                "type": "boolean"
              },
              "proxy_execution_enabled": {
                "type": "boolean"
              },
              "auto_offload_threshold": {
                "type": "number"
              },
              "sandbox_size": {
                "type": "string"
              }
            }
          },
          "multi_account": {
            "type": "object",
            "properties": {
              "enable": {
                "type": "boolean"
              },
              "max_accounts_per_toolkit": {
                "type": "integer"
              },
              "require_explicit_selection": {
                "type": "boolean"
              }
            }
          },
          "experimental": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "ToolRouterWarning": {
        "type": "object",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "type": "string",
            "description": "`PRELOAD_TOOLS_HIGH_CONTEXT_USAGE`, or `NOT_SUPPORTED` for an accepted field Patchbay does not do yet."
          },
          "message": {
            "type": "string"
          },
          "field": {
            "type": "string",
            "description": "The config field the warning is about."
          }
        }
      },
      "ToolRouterMcp": {
        "type": "object",
        "required": [
          "type",
          "url"
        ],
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "http"
            ],
            "description": "Streamable HTTP."
          },
          "url": {
            "type": "string",
            "description": "Absolute: `<public URL>/tool_router/<session_id>/mcp`."
          }
        }
      },
      "ToolRouterSession": {
        "type": "object",
        "required": [
          "session_id",
          "mcp",
          "tool_router_tools",
          "config",
          "config_version",
          "warnings"
        ],
        "properties": {
          "session_id": {
            "type": "string"
          },
          "mcp": {
            "$ref": "#/components/schemas/ToolRouterMcp"
          },
          "tool_router_tools": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The slugs the session's MCP URL serves: its meta-tools, then its preloaded tools."
          },
          "config": {
            "$ref": "#/components/schemas/ToolRouterConfig"
          },
          "config_version": {
            "type": "integer",
            "minimum": 1
          },
          "warnings": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ToolRouterWarning"
            }
          }
        }
      },
      "DeletedToolRouterSession": {
        "type": "object",
        "required": [
          "session_id",
          "deleted"
        ],
        "properties": {
          "session_id": {
            "type": "string"
          },
          "deleted": {
            "type": "boolean",
            "const": true
          }
        }
      },
      "ToolRouterConfigVersion": {
        "type": "object",
        "required": [
          "version",
          "is_current",
          "created_at",
          "config"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1
          },
          "is_current": {
            "type": "boolean"
          },
          "created_at": {
            "type": "string",
            "format": "date-time",
            "description": "For an archived version: when it was superseded."
          },
          "config": {
            "$ref": "#/components/schemas/ToolRouterConfig"
          }
        }
      },
      "ToolRouterConfigHistory": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ToolRouterConfigVersion"
                }
              }
            }
          }
        ]
      },
      "ToolRouterConnectedAccount": {
        "type": "object",
        "required": [
          "id",
          "status",
          "user_id",
          "created_at",
          "auth_config"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "type": "string"
          },
          "user_id": {
            "type": "string"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "auth_config": {
            "type": "object",
            "required": [
              "id",
              "auth_scheme",
              "is_composio_managed"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "auth_scheme": {
                "type": "string"
              },
              "is_composio_managed": {
                "type": "boolean"
              }
            }
          }
        }
      },
      "ToolRouterToolkitState": {
        "type": "object",
        "required": [
          "slug",
          "name",
          "enabled",
          "is_no_auth",
          "composio_managed_auth_schemes",
          "meta",
          "connected_account"
        ],
        "properties": {
          "slug": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "enabled": {
            "type": "boolean",
            "description": "The session allows this toolkit."
          },
          "is_no_auth": {
            "type": "boolean"
          },
          "composio_managed_auth_schemes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "meta": {
            "type": "object",
            "required": [
              "description"
            ],
            "properties": {
              "description": {
                "type": "string"
              },
              "logo": {
                "type": "string"
              }
            }
          },
          "connected_account": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/ToolRouterConnectedAccount"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ToolRouterToolkitList": {
        "allOf": [
          {
            "$ref": "#/components/schemas/CursorPage"
          },
          {
            "type": "object",
            "required": [
              "items"
            ],
            "properties": {
              "items": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ToolRouterToolkitState"
                }
              }
            }
          }
        ]
      },
      "ToolRouterSearchQuery": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "use_case"
        ],
        "properties": {
          "use_case": {
            "type": "string",
            "minLength": 1,
            "maxLength": 1024
          },
          "known_fields": {
            "type": "string",
            "maxLength": 500
          }
        }
      },
      "ToolRouterSearchRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "queries"
        ],
        "properties": {
          "queries": {
            "type": "array",
            "minItems": 1,
            "maxItems": 20,
            "items": {
              "$ref": "#/components/schemas/ToolRouterSearchQuery"
            }
          },
          "model": {
            "type": "string",
            "maxLength": 128
          },
          "toolkits": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ToolkitSlug"
            },
            "description": "Narrows the search to these toolkits (within the session's)."
          },
          "experimental": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "ToolRouterToolSchema": {
        "type": "object",
        "required": [
          "tool_slug",
          "toolkit",
          "description",
          "input_schema",
          "is_connected"
        ],
        "properties": {
          "tool_slug": {
            "type": "string"
          },
          "toolkit": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "hasFullSchema": {
            "type": "boolean"
          },
          "input_schema": {
            "type": "object",
            "additionalProperties": true
          },
          "output_schema": {
            "type": "object",
            "additionalProperties": true
          },
          "is_connected": {
            "type": "boolean",
            "description": "The user can run it now (a no-auth toolkit, or an active account)."
          }
        }
      },
      "ToolRouterSearchResult": {
        "type": "object",
        "required": [
          "index",
          "use_case",
          "primary_tool_slugs",
          "related_tool_slugs",
          "toolkits"
        ],
        "properties": {
          "index": {
            "type": "integer",
            "minimum": 1
          },
          "use_case": {
            "type": "string"
          },
          "primary_tool_slugs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "related_tool_slugs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "toolkits": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "error": {
            "type": "string"
          }
        }
      },
      "ToolRouterConnectionStatus": {
        "type": "object",
        "required": [
          "toolkit",
          "description",
          "has_active_connection",
          "status_message"
        ],
        "properties": {
          "toolkit": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "has_active_connection": {
            "type": "boolean"
          },
          "status_message": {
            "type": "string"
          }
        }
      },
      "ToolRouterSearchResponse": {
        "type": "object",
        "required": [
          "success",
          "error",
          "results",
          "tool_schemas",
          "toolkit_connection_statuses",
          "next_steps_guidance",
          "session",
          "time_info"
        ],
        "properties": {
          "success": {
            "type": "boolean"
          },
          "error": {
            "type": [
              "string",
              "null"
            ]
          },
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ToolRouterSearchResult"
            }
          },
          "tool_schemas": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/components/schemas/ToolRouterToolSchema"
            }
          },
          "toolkit_connection_statuses": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ToolRouterConnectionStatus"
            }
          },
          "next_steps_guidance": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "session": {
            "type": "object",
            "required": [
              "id",
              "generate_id",
              "instructions"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "generate_id": {
                "type": "boolean"
              },
              "instructions": {
                "type": "string"
              }
            }
          },
          "time_info": {
            "type": "object",
            "required": [
              "current_time_utc",
              "current_time_utc_epoch_seconds",
              "message"
            ],
            "properties": {
              "current_time_utc": {
                "type": "string"
              },
              "current_time_utc_epoch_seconds": {
                "type": "integer"
              },
              "message": {
                "type": "string"
              }
            }
          }
        }
      },
      "ToolRouterExecuteRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "tool_slug"
        ],
        "properties": {
          "tool_slug": {
            "$ref": "#/components/schemas/ToolSlug"
          },
          "arguments": {
            "type": "object",
            "additionalProperties": true
          },
          "account": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "A connected account id (`ca_…`)."
          },
          "enable_auto_workbench_offload": {
            "type": "boolean"
          },
          "experimental": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "ToolRouterExecuteMetaRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "slug"
        ],
        "properties": {
          "slug": {
            "$ref": "#/components/schemas/ToolSlug"
          },
          "arguments": {
            "type": "object",
            "additionalProperties": true
          },
          "experimental": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "ToolRouterExecuteResponse": {
        "type": "object",
        "description": "A tool's failure or a refusal by the session's rules is an answer (HTTP 200) with `error` set.",
        "required": [
          "data",
          "error",
          "log_id"
        ],
        "properties": {
          "data": {
            "type": "object",
            "additionalProperties": true
          },
          "error": {
            "type": [
              "string",
              "null"
            ]
          },
          "log_id": {
            "type": "string",
            "description": "The call's id in the tool-call log; empty when nothing ran."
          }
        }
      },
      "ToolRouterLinkRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "toolkit"
        ],
        "properties": {
          "toolkit": {
            "$ref": "#/components/schemas/ToolkitSlug"
          },
          "callback_url": {
            "type": "string",
            "maxLength": 2048
          },
          "alias": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "experimental": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "account_type": {
                "type": "string",
                "enum": [
                  "PRIVATE",
                  "SHARED"
                ]
              },
              "acl_config_for_shared": {
                "type": "object",
                "additionalProperties": true
              }
            }
          }
        }
      },
      "ToolRouterLinkResponse": {
        "type": "object",
        "required": [
          "connected_account_id",
          "link_token",
          "redirect_url"
        ],
        "properties": {
          "connected_account_id": {
            "type": "string"
          },
          "link_token": {
            "type": "string"
          },
          "redirect_url": {
            "type": [
              "string",
              "null"
            ],
            "description": "The page the user opens; null when connected without one."
          }
        }
      },
      "ToolRouterSessionToken": {
        "type": "object",
        "description": "A Patchbay addition: a bearer token that reaches this session's MCP URL as its user, and nothing else.",
        "required": [
          "token",
          "mcp"
        ],
        "properties": {
          "token": {
            "type": "string",
            "description": "`pbt_…`; shown once, stored hashed."
          },
          "mcp": {
            "type": "object",
            "required": [
              "type",
              "url",
              "headers"
            ],
            "properties": {
              "type": {
                "type": "string",
                "enum": [
                  "http"
                ]
              },
              "url": {
                "type": "string"
              },
              "headers": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "ClientCommands": {
        "type": "object",
        "description": "Ready-to-run commands that put this server's URL for the `default` user into an AI client. They run the `patchbay` CLI this server serves (`npx -y <public url>/cli/patchbay-cli-<version>.tgz setup … --user-token`), which asks the server, with the API key of the machine it runs on (`PATCHBAY_API_KEY` or the local server's key file), for a token scoped to that user and writes that token, never the key. No secret is in the command; for another user, or a machine without the key, take that user's `commands` from `POST /mcp/servers/generate`.",
        "required": [
          "cursor",
          "claude",
          "windsurf"
        ],
        "properties": {
          "cursor": {
            "type": "string"
          },
          "claude": {
            "type": "string",
            "description": "Claude Desktop."
          },
          "windsurf": {
            "type": "string"
          }
        }
      },
      "ServerName": {
        "type": "string",
        "minLength": 4,
        "maxLength": 30,
        "pattern": "^[a-zA-Z0-9- ]+$",
        "description": "4-30 characters of letters, digits, spaces and hyphens."
      },
      "AuthConfigId": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[A-Za-z0-9_-]+$",
        "description": "An auth config's id (`ac_…`)."
      },
      "ToolkitSlug": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64,
        "pattern": "^[A-Za-z0-9_-]+$",
        "description": "A toolkit's slug, e.g. `github` (matched case-insensitively, stored lowercase)."
      },
      "ToolSlug": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128,
        "pattern": "^[A-Za-z0-9_.-]+$",
        "description": "A tool's slug, e.g. `GITHUB_CREATE_AN_ISSUE`."
      },
      "ResourcePattern": {
        "type": "string",
        "minLength": 1,
        "maxLength": 2048,
        "description": "A resource as the server serves it (`patchbay://<toolkit>/<upstream URI>`), a resource template as listed (its `{variables}` match any value), or a prefix ending in `*` (`patchbay://everything/*`)."
      },
      "PromptSlug": {
        "type": "string",
        "minLength": 1,
        "maxLength": 128,
        "pattern": "^[A-Za-z0-9_.-]+$",
        "description": "A prompt's name as the server serves it, namespaced like tools (`EVERYTHING_SIMPLE_PROMPT`)."
      },
      "UserId": {
        "type": "string",
        "minLength": 1,
        "maxLength": 256,
        "description": "The developer's own identifier for an end user."
      },
      "UserClientCommands": {
        "type": "object",
        "description": "Patchbay: commands that put one user's URL and scoped token into an AI client, each ready to paste into a POSIX shell. They carry the token (keep them out of shared logs), never the project key. Clients with their own installer use it (`claude mcp add`, `code --add-mcp`); the others run the `patchbay` CLI this server serves, by `npx -y <public url>/cli/patchbay-cli-<version>.tgz setup …`, so nothing comes from a package registry.",
        "required": [
          "cursor",
          "claude",
          "windsurf",
          "claude_code",
          "vscode",
          "gemini",
          "cline"
        ],
        "properties": {
          "cursor": {
            "type": "string"
          },
          "claude": {
            "type": "string",
            "description": "Claude Desktop (a stdio `mcp-remote` entry)."
          },
          "windsurf": {
            "type": "string"
          },
          "claude_code": {
            "type": "string",
            "description": "`claude mcp add --scope user --transport http …`"
          },
          "vscode": {
            "type": "string",
            "description": "`code --add-mcp '{…}'`"
          },
          "gemini": {
            "type": "string"
          },
          "cline": {
            "type": "string"
          }
        }
      }
    },
    "parameters": {
      "ServerListName": {
        "name": "name",
        "in": "query",
        "required": false,
        "description": "Case-insensitive substring of the server name.",
        "schema": {
          "type": "string",
          "maxLength": 100
        }
      },
      "ServerListToolkits": {
        "name": "toolkits",
        "in": "query",
        "required": false,
        "description": "Comma-separated toolkit slugs; a server matches when it has any of them.",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "ServerListAuthConfigIds": {
        "name": "auth_config_ids",
        "in": "query",
        "required": false,
        "description": "Comma-separated auth config ids; a server matches when it has any of them.",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "ServerOrderBy": {
        "name": "order_by",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "created_at",
            "updated_at"
          ],
          "default": "updated_at"
        }
      },
      "OrderDirection": {
        "name": "order_direction",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "desc"
        }
      },
      "PageNo": {
        "name": "page_no",
        "in": "query",
        "required": false,
        "description": "Page number, 1-based.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000000,
          "default": 1
        }
      },
      "ServerListLimit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Items per page; values above 100 are capped at 100.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "default": 10
        }
      },
      "ServerIdParam": {
        "name": "server_id",
        "in": "path",
        "required": true,
        "description": "The MCP server's id.",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "InstanceListLimit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Items per page; values above 100 are capped at 100.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "default": 20
        }
      },
      "InstanceSearch": {
        "name": "search",
        "in": "query",
        "required": false,
        "description": "Substring of the user id.",
        "schema": {
          "type": "string",
          "maxLength": 256
        }
      },
      "GrantUserFilter": {
        "name": "user_id",
        "in": "query",
        "required": false,
        "description": "Only this user's grants.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 256
        }
      },
      "GrantIdParam": {
        "name": "grant_id",
        "in": "path",
        "required": true,
        "description": "The grant's id.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 100
        }
      },
      "SignInIdParam": {
        "name": "sign_in_id",
        "in": "path",
        "required": true,
        "description": "The `patchbay_sign_in` value your login URL was given.",
        "schema": {
          "type": "string",
          "minLength": 20,
          "maxLength": 100
        }
      },
      "ServerId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The MCP server's id.",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "Cursor": {
        "name": "cursor",
        "in": "query",
        "required": false,
        "description": "The `next_cursor` of the previous page.",
        "schema": {
          "type": "string",
          "maxLength": 512
        }
      },
      "CursorLimit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Items per page: at most 1000; a larger value is lowered to 1000 rather than refused, as the hosted API does (its SDK sends 9999).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "default": 20
        }
      },
      "ToolkitSearch": {
        "name": "search",
        "in": "query",
        "required": false,
        "description": "Case-insensitive substring of the slug, name or description.",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "ToolkitCategory": {
        "name": "category",
        "in": "query",
        "required": false,
        "description": "Only toolkits in this category.",
        "schema": {
          "type": "string",
          "maxLength": 64
        }
      },
      "ToolkitKindFilter": {
        "name": "kind",
        "in": "query",
        "required": false,
        "description": "Only toolkits of this kind.",
        "schema": {
          "$ref": "#/components/schemas/ToolkitKind"
        }
      },
      "ToolkitSlugPath": {
        "name": "slug",
        "in": "path",
        "required": true,
        "description": "The toolkit's slug (matched case-insensitively).",
        "schema": {
          "$ref": "#/components/schemas/ToolkitSlug"
        }
      },
      "ToolListToolkitSlug": {
        "name": "toolkit_slug",
        "in": "query",
        "required": false,
        "description": "Only tools of this toolkit, or of these (comma-separated, as the hosted SDK sends `toolkits`).",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "ToolSearch": {
        "name": "search",
        "in": "query",
        "required": false,
        "description": "Case-insensitive substring of the slug, name or description.",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "ToolSlugs": {
        "name": "tool_slugs",
        "in": "query",
        "required": false,
        "description": "Comma-separated tool slugs; only these tools.",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "ToolTags": {
        "name": "tags",
        "in": "query",
        "required": false,
        "description": "Comma-separated tags; a tool matches when it has any of them.",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "ToolAuthConfigIds": {
        "name": "auth_config_ids",
        "in": "query",
        "required": false,
        "description": "Comma-separated auth config ids; only tools of their toolkits (unknown ids match nothing).",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "ToolkitVersions": {
        "name": "toolkit_versions",
        "in": "query",
        "required": false,
        "description": "As the hosted SDK sends it: `latest`, or one version for every toolkit. `toolkit_versions[<slug>]=<version>`\npins one toolkit. Only the current version exists; another is refused with 404 `version_not_found`.\n",
        "schema": {
          "type": "string",
          "maxLength": 64
        }
      },
      "ToolSlugPath": {
        "name": "tool_slug",
        "in": "path",
        "required": true,
        "description": "The tool's slug (matched case-insensitively).",
        "schema": {
          "$ref": "#/components/schemas/ToolSlug"
        }
      },
      "ToolVersion": {
        "name": "version",
        "in": "query",
        "required": false,
        "description": "A toolkit version to pin, or `latest`; 404 `version_not_found` for one the toolkit does not have.",
        "schema": {
          "type": "string",
          "maxLength": 64
        }
      },
      "AuthConfigToolkitSlug": {
        "name": "toolkit_slug",
        "in": "query",
        "required": false,
        "description": "Only auth configs of this toolkit.",
        "schema": {
          "$ref": "#/components/schemas/ToolkitSlug"
        }
      },
      "IsComposioManaged": {
        "name": "is_composio_managed",
        "in": "query",
        "required": false,
        "description": "Only managed (true) or only custom (false) auth configs.",
        "schema": {
          "type": "boolean"
        }
      },
      "AuthConfigSearch": {
        "name": "search",
        "in": "query",
        "required": false,
        "description": "Case-insensitive substring of the name.",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "AuthConfigIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The auth config's id.",
        "schema": {
          "$ref": "#/components/schemas/AuthConfigId"
        }
      },
      "AuthConfigStatusPath": {
        "name": "status",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/AuthConfigStatus"
        }
      },
      "UserIds": {
        "name": "user_ids",
        "in": "query",
        "required": false,
        "description": "Comma-separated user ids.",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "ToolkitSlugs": {
        "name": "toolkit_slugs",
        "in": "query",
        "required": false,
        "description": "Comma-separated toolkit slugs.",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "Statuses": {
        "name": "statuses",
        "in": "query",
        "required": false,
        "description": "Comma-separated statuses, e.g. `ACTIVE,EXPIRED`.",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "AuthConfigIds": {
        "name": "auth_config_ids",
        "in": "query",
        "required": false,
        "description": "Comma-separated auth config ids.",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      },
      "ConnectedAccountOrderBy": {
        "name": "order_by",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "created_at",
            "updated_at"
          ],
          "default": "created_at"
        }
      },
      "ConnectedAccountIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The connected account's id.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "ToolCallServerId": {
        "name": "server_id",
        "in": "query",
        "required": false,
        "description": "Only calls through this MCP server.",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ToolCallUserId": {
        "name": "user_id",
        "in": "query",
        "required": false,
        "description": "Only this user's calls.",
        "schema": {
          "$ref": "#/components/schemas/UserId"
        }
      },
      "ToolCallSessionId": {
        "name": "session_id",
        "in": "query",
        "required": false,
        "description": "Only calls made in this tool session.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "ToolCallToolSlug": {
        "name": "tool_slug",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/ToolSlug"
        }
      },
      "ToolCallToolkitSlug": {
        "name": "toolkit_slug",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/ToolkitSlug"
        }
      },
      "ToolCallOutcomeFilter": {
        "name": "outcome",
        "in": "query",
        "required": false,
        "schema": {
          "$ref": "#/components/schemas/ToolCallOutcome"
        }
      },
      "Since": {
        "name": "since",
        "in": "query",
        "required": false,
        "description": "Only calls started at or after this time.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "Until": {
        "name": "until",
        "in": "query",
        "required": false,
        "description": "Only calls started before this time.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "ToolCallIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The call's id.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "SessionIdPath": {
        "name": "session_id",
        "in": "path",
        "required": true,
        "schema": {
          "$ref": "#/components/schemas/ToolRouterSessionId"
        }
      },
      "HistoryLimit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "At most 100 (a larger value is lowered).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "default": 20
        }
      },
      "ToolsLimit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "At most 500 (a larger value is lowered).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "default": 500
        }
      },
      "ToolkitsLimit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "At most 50 (a larger value is lowered).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "default": 20
        }
      },
      "ToolkitsSearch": {
        "name": "search",
        "in": "query",
        "required": false,
        "description": "Case-insensitive substring of the toolkit's slug or name.",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "IsConnected": {
        "name": "is_connected",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "true",
            "false"
          ]
        }
      },
      "ToolkitsList": {
        "name": "toolkits",
        "in": "query",
        "required": false,
        "description": "Comma-separated toolkit slugs: exactly these (overriding the session's filter).",
        "schema": {
          "type": "string",
          "maxLength": 2000
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is malformed or fails validation; nothing was changed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No API key, or a key that is unknown or revoked.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource in the caller's project.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "Conflict": {
        "description": "The resource already exists or was changed concurrently.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The key may not do this.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The body is over the size limit.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      },
      "UnprocessableEntity": {
        "description": "The request is well-formed but cannot be carried out (e.g. a source that cannot be loaded).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            }
          }
        }
      }
    }
  }
} as const;
