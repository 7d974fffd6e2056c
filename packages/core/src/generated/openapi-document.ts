// Generated from openapi/ by packages/core/scripts/generate.mjs (bundled document). Do not edit by hand:
// change the spec, then run `pnpm generate`. CI fails when this file differs from a fresh generation.

export const openapiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Patchbay API",
    "version": "0.1.0",
    "summary": "Open, self-hosted MCP server manager.",
    "description": "Patchbay's REST API. The MCP-server endpoints are wire-compatible with the hosted Composio v3 API, so code\nwritten for it works by changing the base URL. Every path is served under both `/api/v3` and `/api/v3.1`.\n\nAuthenticate with the `x-api-key` header. Every error answers with one envelope (`ErrorBody`).\nEnd users' AI clients connect to the MCP endpoint at `/v3/mcp/{server_id}?user_id=…` (not part of this REST API).\n",
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
          }
        }
      },
      "GenerateMcpUrlResponse": {
        "type": "object",
        "required": [
          "mcp_url",
          "user_ids_url",
          "connected_account_urls"
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
      "ClientCommands": {
        "type": "object",
        "description": "Ready-to-run commands that put this server's URL into an AI client.",
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
            "type": "string"
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
      "UserId": {
        "type": "string",
        "minLength": 1,
        "maxLength": 256,
        "description": "The developer's own identifier for an end user."
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
        "description": "Items per page (at most 1000).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 1000,
          "default": 20
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
      }
    }
  }
} as const;
