// Generated from openapi/ by packages/core/scripts/generate.mjs (openapi-typescript). Do not edit by hand:
// change the spec, then run `pnpm generate`. CI fails when this file differs from a fresh generation.

export interface paths {
    "/mcp/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List MCP servers
         * @description Servers of the caller's project, filtered and paged by page number.
         */
        get: operations["listMcpServers"];
        put?: never;
        /** Create an MCP server from auth configs */
        post: operations["createMcpServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/servers/custom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an MCP server from toolkits */
        post: operations["createCustomMcpServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/servers/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate per-user MCP URLs */
        post: operations["generateMcpUrls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/servers/{server_id}/instances": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                server_id: components["parameters"]["ServerIdParam"];
            };
            cookie?: never;
        };
        /** List a server's user instances */
        get: operations["listMcpInstances"];
        put?: never;
        /**
         * Create a user instance
         * @description Fails with 403 when the user lacks an active connected account for one of the server's auth configs.
         */
        post: operations["createMcpInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/servers/{server_id}/instances/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                server_id: components["parameters"]["ServerIdParam"];
                /** @description The user whose instance to delete. */
                user_id: components["schemas"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a user instance
         * @description Also deletes that user's connected accounts for the server's auth configs.
         */
        delete: operations["deleteMcpInstance"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/app/{toolkit_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The toolkit's slug. */
                toolkit_slug: components["schemas"]["ToolkitSlug"];
            };
            cookie?: never;
        };
        /** List MCP servers that include a toolkit */
        get: operations["listMcpServersByToolkit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        /** Get an MCP server */
        get: operations["getMcpServer"];
        put?: never;
        post?: never;
        /**
         * Delete an MCP server
         * @description A soft delete; the server leaves every list and its MCP URLs stop working.
         */
        delete: operations["deleteMcpServer"];
        options?: never;
        head?: never;
        /**
         * Update an MCP server
         * @description Only the fields given change.
         */
        patch: operations["updateMcpServer"];
        trace?: never;
    };
    "/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the project's API keys */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api_keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The key's id. */
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description The key stops working at once. A key cannot revoke itself.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a project
         * @description Needs an admin key. Answers the project and its first (admin) API key.
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The project of the key used */
        get: operations["getCurrentProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The one error envelope every non-2xx answer carries. */
        ErrorBody: {
            error: {
                /** @description What went wrong, for a person. */
                message: string;
                /** @description Numeric error code (equals the HTTP status unless a finer code applies). */
                code: number;
                /** @description Stable machine-readable error name, e.g. `validation_error`. */
                slug?: string;
                /** @description The HTTP status. */
                status: number;
                /** @description The request's id (echoes `x-request-id` when sent). */
                request_id?: string;
                /** @description What to do next. */
                suggested_fix?: string;
                /** @description One line per problem, naming the field (e.g. `name: must be 4-30 characters`). */
                errors?: string[];
            };
        };
        CursorPage: {
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            next_cursor: string | null;
            total_pages: number;
            current_page: number;
            total_items: number;
        };
        DeletedResponse: {
            id: string;
            /** @constant */
            deleted: true;
        };
        McpServer: {
            /** Format: uuid */
            id: string;
            name: string;
            auth_config_ids: string[];
            /** @description Tool slugs the server exposes; empty means every tool of its toolkits. */
            allowed_tools: string[];
            toolkits: string[];
            /** @description Toolkit slug to logo URL. */
            toolkit_icons: {
                [key: string]: string;
            };
            /** @description The server's MCP URL for the `default` user (deprecated upstream; use generate). */
            mcp_url: string;
            commands: components["schemas"]["ClientCommands"];
            /** @description Number of user instances. */
            server_instance_count: number;
            /** @description When true, account-management tools are added so users can connect accounts from chat. */
            managed_auth_via_composio: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        McpServerDetail: components["schemas"]["McpServer"] & {
            deleted: boolean;
        };
        McpServerList: {
            items: components["schemas"]["McpServer"][];
            total_pages: number;
            current_page: number;
        };
        CreateMcpServerRequest: {
            name: components["schemas"]["ServerName"];
            auth_config_ids: components["schemas"]["AuthConfigId"][];
            /** @description Toolkits that need no account. */
            no_auth_apps?: components["schemas"]["ToolkitSlug"][];
            /** @default [] */
            allowed_tools?: components["schemas"]["ToolSlug"][];
            /**
             * @deprecated
             * @description Alias of `allowed_tools`, sent by the hosted SDK; merged into it.
             */
            custom_tools?: components["schemas"]["ToolSlug"][];
            /** @default false */
            managed_auth_via_composio?: boolean;
        };
        CreateCustomMcpServerRequest: {
            name: components["schemas"]["ServerName"];
            toolkits?: components["schemas"]["ToolkitSlug"][];
            auth_config_ids?: components["schemas"]["AuthConfigId"][];
            allowed_tools?: components["schemas"]["ToolSlug"][];
            /**
             * @deprecated
             * @description Alias of `allowed_tools`; merged into it.
             */
            custom_tools?: components["schemas"]["ToolSlug"][];
            /** @default false */
            managed_auth_via_composio?: boolean;
        };
        CustomMcpServerResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            auth_config_ids: string[];
            allowed_tools: string[];
            mcp_url: string;
            commands: components["schemas"]["ClientCommands"];
        };
        /** @description Only the fields given change. */
        UpdateMcpServerRequest: {
            name?: components["schemas"]["ServerName"];
            toolkits?: components["schemas"]["ToolkitSlug"][];
            allowed_tools?: components["schemas"]["ToolSlug"][];
            managed_auth_via_composio?: boolean;
            auth_config_ids?: components["schemas"]["AuthConfigId"][];
        };
        GenerateMcpUrlRequest: {
            /** Format: uuid */
            mcp_server_id: string;
            user_ids?: components["schemas"]["UserId"][];
            connected_account_ids?: string[];
            /** @default false */
            managed_auth_by_composio?: boolean;
        };
        GenerateMcpUrlResponse: {
            /** @description The base URL, without a user selector. */
            mcp_url: string;
            /** @description One URL per requested user id, in order. */
            user_ids_url: string[];
            /** @description One URL per requested connected account id, in order. */
            connected_account_urls: string[];
        };
        McpInstance: {
            id: string;
            /** @description The user id. */
            instance_id: string;
            /** Format: uuid */
            mcp_server_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        McpInstanceList: {
            instances: components["schemas"]["McpInstance"][];
            /** Format: uuid */
            server_id: string;
            server_name: string;
            total_pages: number;
            current_page: number;
        };
        CreateMcpInstanceRequest: {
            user_id: components["schemas"]["UserId"];
        };
        DeleteMcpInstanceResponse: {
            message: string;
            deleted_connected_accounts: number;
        };
        ApiKey: {
            /** @description The key's id (`ak_…`); not the secret. */
            id: string;
            name: string;
            /** @description The first characters of the secret, to recognise it. */
            prefix: string;
            /** @description Admin keys may also create projects. */
            is_admin: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_used_at: string | null;
            /** Format: date-time */
            revoked_at: string | null;
        };
        ApiKeyCreated: components["schemas"]["ApiKey"] & {
            /** @description The secret; shown this once and stored only hashed. */
            key: string;
        };
        ApiKeyList: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["ApiKey"][];
        };
        CreateApiKeyRequest: {
            name: string;
        };
        Project: {
            /** @description The project's id (`pr_…`). */
            id: string;
            name: string;
            /** Format: date-time */
            created_at: string;
        };
        ProjectCreated: {
            project: components["schemas"]["Project"];
            api_key: components["schemas"]["ApiKeyCreated"];
        };
        CreateProjectRequest: {
            name: string;
        };
        /** @description Ready-to-run commands that put this server's URL into an AI client. */
        ClientCommands: {
            cursor: string;
            claude: string;
            windsurf: string;
        };
        /** @description 4-30 characters of letters, digits, spaces and hyphens. */
        ServerName: string;
        /** @description An auth config's id (`ac_…`). */
        AuthConfigId: string;
        /** @description A toolkit's slug, e.g. `github` (matched case-insensitively, stored lowercase). */
        ToolkitSlug: string;
        /** @description A tool's slug, e.g. `GITHUB_CREATE_AN_ISSUE`. */
        ToolSlug: string;
        /** @description The developer's own identifier for an end user. */
        UserId: string;
    };
    responses: {
        /** @description The request is malformed or fails validation; nothing was changed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No API key, or a key that is unknown or revoked. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description No such resource in the caller's project. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The resource already exists or was changed concurrently. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The key may not do this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description Case-insensitive substring of the server name. */
        ServerListName: string;
        /** @description Comma-separated toolkit slugs; a server matches when it has any of them. */
        ServerListToolkits: string;
        /** @description Comma-separated auth config ids; a server matches when it has any of them. */
        ServerListAuthConfigIds: string;
        ServerOrderBy: "created_at" | "updated_at";
        OrderDirection: "asc" | "desc";
        /** @description Page number, 1-based. */
        PageNo: number;
        /** @description Items per page; values above 100 are capped at 100. */
        ServerListLimit: number;
        /** @description The MCP server's id. */
        ServerIdParam: string;
        /** @description Items per page; values above 100 are capped at 100. */
        InstanceListLimit: number;
        /** @description Substring of the user id. */
        InstanceSearch: string;
        /** @description The MCP server's id. */
        ServerId: string;
        /** @description The `next_cursor` of the previous page. */
        Cursor: string;
        /** @description Items per page (at most 1000). */
        CursorLimit: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listMcpServers: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of the server name. */
                name?: components["parameters"]["ServerListName"];
                /** @description Comma-separated toolkit slugs; a server matches when it has any of them. */
                toolkits?: components["parameters"]["ServerListToolkits"];
                /** @description Comma-separated auth config ids; a server matches when it has any of them. */
                auth_config_ids?: components["parameters"]["ServerListAuthConfigIds"];
                order_by?: components["parameters"]["ServerOrderBy"];
                order_direction?: components["parameters"]["OrderDirection"];
                /** @description Page number, 1-based. */
                page_no?: components["parameters"]["PageNo"];
                /** @description Items per page; values above 100 are capped at 100. */
                limit?: components["parameters"]["ServerListLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of servers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpServerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMcpServerRequest"];
            };
        };
        responses: {
            /** @description The server. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpServer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createCustomMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomMcpServerRequest"];
            };
        };
        responses: {
            /** @description The server. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomMcpServerResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    generateMcpUrls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateMcpUrlRequest"];
            };
        };
        responses: {
            /** @description The URLs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateMcpUrlResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listMcpInstances: {
        parameters: {
            query?: {
                /** @description Page number, 1-based. */
                page_no?: components["parameters"]["PageNo"];
                /** @description Items per page; values above 100 are capped at 100. */
                limit?: components["parameters"]["InstanceListLimit"];
                /** @description Substring of the user id. */
                search?: components["parameters"]["InstanceSearch"];
                order_by?: components["parameters"]["ServerOrderBy"];
                order_direction?: components["parameters"]["OrderDirection"];
            };
            header?: never;
            path: {
                /** @description The MCP server's id. */
                server_id: components["parameters"]["ServerIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of instances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpInstanceList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createMcpInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                server_id: components["parameters"]["ServerIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMcpInstanceRequest"];
            };
        };
        responses: {
            /** @description The instance. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpInstance"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    deleteMcpInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                server_id: components["parameters"]["ServerIdParam"];
                /** @description The user whose instance to delete. */
                user_id: components["schemas"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteMcpInstanceResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listMcpServersByToolkit: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of the server name. */
                name?: components["parameters"]["ServerListName"];
                /** @description Comma-separated auth config ids; a server matches when it has any of them. */
                auth_config_ids?: components["parameters"]["ServerListAuthConfigIds"];
                order_by?: components["parameters"]["ServerOrderBy"];
                order_direction?: components["parameters"]["OrderDirection"];
                /** @description Page number, 1-based. */
                page_no?: components["parameters"]["PageNo"];
                /** @description Items per page; values above 100 are capped at 100. */
                limit?: components["parameters"]["ServerListLimit"];
            };
            header?: never;
            path: {
                /** @description The toolkit's slug. */
                toolkit_slug: components["schemas"]["ToolkitSlug"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of servers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpServerList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpServerDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateMcpServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                id: components["parameters"]["ServerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMcpServerRequest"];
            };
        };
        responses: {
            /** @description The updated server. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["McpServerDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page (at most 1000). */
                limit?: components["parameters"]["CursorLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of keys (secrets never included). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key, with its secret shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The key's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRequest"];
            };
        };
        responses: {
            /** @description The project and its key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getCurrentProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}
