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
        /**
         * Create an MCP server from toolkits
         * @description Besides tools, the server serves the resources, resource templates and prompts of its upstream MCP toolkits, namespaced like tools and limited by `allowed_resources` and `allowed_prompts`.
         */
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
    "/mcp/servers/{server_id}/oauth_grants": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                server_id: components["parameters"]["ServerIdParam"];
            };
            cookie?: never;
        };
        /**
         * List the OAuth grants of a server
         * @description What users gave AI clients by signing in (newest first); deleting a user's instance revokes theirs.
         */
        get: operations["listOAuthGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/servers/{server_id}/oauth_grants/{grant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                server_id: components["parameters"]["ServerIdParam"];
                /** @description The grant's id. */
                grant_id: components["parameters"]["GrantIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an OAuth grant
         * @description Its access and refresh tokens stop working at once; the client must sign in again.
         */
        delete: operations["revokeOAuthGrant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/oauth/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How end users sign in */
        get: operations["getOAuthSettings"];
        /** Set how end users sign in */
        put: operations["updateOAuthSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mcp/oauth/sign_ins/{sign_in_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `patchbay_sign_in` value your login URL was given. */
                sign_in_id: components["parameters"]["SignInIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or deny a pending sign-in
         * @description Developer approval: your backend calls this for the `patchbay_sign_in` its login URL was given, once it knows
         *     who the user is, then sends the browser to `return_to`. A sign-in can be decided once, within 10 minutes.
         */
        post: operations["decideOAuthSignIn"];
        delete?: never;
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
    "/toolkits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List and search toolkits
         * @description Built-in, catalog and custom toolkits, ordered by slug.
         */
        get: operations["listToolkits"];
        put?: never;
        /**
         * Create a custom toolkit
         * @description Adds a toolkit whose tools come from an MCP server or an OpenAPI document. Its tools are listed from the source
         *     when it is created; 422 when the source cannot be loaded. 409 for a slug that is taken: by a toolkit, an
         *     alias of one (`googlecalendar`), or the path `categories`.
         */
        post: operations["createToolkit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/toolkits/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List toolkit categories
         * @description Every category of the project's toolkits, ordered by id, in one page (the hosted SDK's
         *     `toolkits.listCategories()`). No toolkit can take the slug `categories`.
         */
        get: operations["listToolkitCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/toolkits/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The toolkit's slug (matched case-insensitively). */
                slug: components["parameters"]["ToolkitSlugPath"];
            };
            cookie?: never;
        };
        /**
         * Get a toolkit
         * @description By its slug or one of its `aliases` (the hosted spelling, e.g. `googlecalendar`).
         */
        get: operations["getToolkit"];
        put?: never;
        post?: never;
        /**
         * Delete a custom toolkit
         * @description 403 for a toolkit that is not custom; 409 while auth configs or MCP servers use it. The answer's `id` is the slug.
         */
        delete: operations["deleteToolkit"];
        options?: never;
        head?: never;
        /**
         * Update a custom toolkit
         * @description Only the fields given change; a new source is loaded again (422 when it cannot be). 403 for a toolkit that is not custom.
         */
        patch: operations["updateToolkit"];
        trace?: never;
    };
    "/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search tools */
        get: operations["listTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/enum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every tool slug
         * @description The slugs of every catalog tool of the project, sorted (the hosted SDK's `tools.getToolsEnum()`).
         */
        get: operations["listToolSlugs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/{tool_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tool's slug (matched case-insensitively). */
                tool_slug: components["parameters"]["ToolSlugPath"];
            };
            cookie?: never;
        };
        /** Get a tool */
        get: operations["getTool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/execute/{tool_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tool's slug (matched case-insensitively). */
                tool_slug: components["parameters"]["ToolSlugPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute a tool
         * @description Runs the tool once and logs the call (see the tool-call log). A failing tool answers 200 with
         *     `successful: false`; 400 when the arguments do not match the tool's `input_parameters`, 404 when the tool or
         *     the connected account is unknown or `version` pins a toolkit version that does not exist (`version_not_found`;
         *     nothing runs), 409 when the user has no active connected account for the toolkit. The slug `proxy` (the hosted
         *     SDK's `tools.proxyExecute`, a raw request through an account) is refused with 404 `not_supported`: Patchbay
         *     calls APIs only through the tools of its toolkits.
         */
        post: operations["executeTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth_configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List auth configs
         * @description Newest first.
         */
        get: operations["listAuthConfigs"];
        put?: never;
        /**
         * Create an auth config
         * @description 400 when the toolkit does not support the scheme or a required credential is missing; 404 when the toolkit is unknown.
         */
        post: operations["createAuthConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth_configs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The auth config's id. */
                id: components["parameters"]["AuthConfigIdPath"];
            };
            cookie?: never;
        };
        /** Get an auth config */
        get: operations["getAuthConfig"];
        put?: never;
        post?: never;
        /**
         * Delete an auth config
         * @description Also deletes its connected accounts and removes it from MCP servers.
         */
        delete: operations["deleteAuthConfig"];
        options?: never;
        head?: never;
        /**
         * Update an auth config
         * @description Only the fields given change.
         */
        patch: operations["updateAuthConfig"];
        trace?: never;
    };
    "/auth_configs/{id}/{status}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The auth config's id. */
                id: components["parameters"]["AuthConfigIdPath"];
                status: components["parameters"]["AuthConfigStatusPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Enable or disable an auth config
         * @description A disabled auth config's connected accounts cannot be used and no new ones can be created.
         */
        patch: operations["updateAuthConfigStatus"];
        trace?: never;
    };
    "/connected_accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List connected accounts */
        get: operations["listConnectedAccounts"];
        put?: never;
        /**
         * Connect a user's account
         * @description OAuth schemes answer status `INITIATED` and a `redirect_url` for the user to open; other schemes take the
         *     credentials in `connection.state` and answer `ACTIVE` (or 422 when the credentials are refused).
         *     409 when the auth config is disabled. The account and its link are written in one transaction: a request
         *     that fails leaves no account behind.
         */
        post: operations["createConnectedAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connected_accounts/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a connect link for a user
         * @description Creates an `INITIATED` account and a one-time link to the connect page, where the user signs in (OAuth) or
         *     gives the key (API key, bearer token, basic). The hosted SDK's `connectedAccounts.link()` calls it. 400 for a
         *     `NO_AUTH` auth config (nothing to connect), 404 for an unknown one, 409 when it is disabled.
         */
        post: operations["createConnectedAccountLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connected_accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connected account's id. */
                id: components["parameters"]["ConnectedAccountIdPath"];
            };
            cookie?: never;
        };
        /** Get a connected account */
        get: operations["getConnectedAccount"];
        put?: never;
        post?: never;
        /**
         * Delete a connected account
         * @description Forgets its credentials.
         */
        delete: operations["deleteConnectedAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connected_accounts/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connected account's id. */
                id: components["parameters"]["ConnectedAccountIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh a connected account
         * @description Refreshes an OAuth token now; when that needs the user, answers `INITIATED` with a `redirect_url`.
         */
        post: operations["refreshConnectedAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/connected_accounts/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connected account's id. */
                id: components["parameters"]["ConnectedAccountIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Enable or disable a connected account */
        patch: operations["updateConnectedAccountStatus"];
        trace?: never;
    };
    "/tool_calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tool calls
         * @description Newest first. Arguments and results are not stored.
         */
        get: operations["listToolCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call's id. */
                id: components["parameters"]["ToolCallIdPath"];
            };
            cookie?: never;
        };
        /** Get a tool call */
        get: operations["getToolCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a tool session
         * @description Unknown root keys, the echo spelling (`enabled`), unknown toolkits or tool slugs, both `enable` and `disable`, and accounts that are not the user's answer 400 naming the field; nothing is stored.
         */
        post: operations["createToolRouterSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a tool session
         * @description 404 for an unknown, deleted or other project's session.
         */
        get: operations["getToolRouterSession"];
        put?: never;
        post?: never;
        /**
         * Delete a tool session
         * @description Its MCP URL and tokens stop working at once; 404 when already deleted.
         */
        delete: operations["deleteToolRouterSession"];
        options?: never;
        head?: never;
        /**
         * Change a tool session's config
         * @description Archives the current config and bumps `config_version`; 409 when another change won the race (`x-should-retry: false`).
         */
        patch: operations["updateToolRouterSession"];
        trace?: never;
    };
    "/tool_router/session/{session_id}/config_history": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        /**
         * List a session's config versions
         * @description Newest first; the live config appears once, with `is_current: true`.
         */
        get: operations["listToolRouterConfigHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session/{session_id}/tools": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        /**
         * List the tools a session serves
         * @description Its meta-tools (per its switches), then its preloaded tools.
         */
        get: operations["listToolRouterTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session/{session_id}/toolkits": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        /**
         * List a session's toolkits with the user's connection state
         * @description Without `toolkits`, those the session allows.
         */
        get: operations["listToolRouterToolkits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session/{session_id}/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the tools a session allows
         * @description Ranked full-text search (with synonyms) over the tools the session's config allows; each hit carries its schema and whether the user can run it now.
         */
        post: operations["searchToolRouterTools"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session/{session_id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a tool as the session's user
         * @description A refusal names the rule that fired (toolkit_disabled, tool_not_allowed, tool_disabled, tag_forbidden, tag_required, no_account); a failing tool is an answer too.
         */
        post: operations["executeToolRouterTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session/{session_id}/execute_meta": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run one of the session's meta-tools
         * @description The same meta-tools as the session's MCP URL.
         */
        post: operations["executeToolRouterMetaTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session/{session_id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start connecting the user to a toolkit
         * @description Answers the connect page for the user to open; poll GET /connected_accounts/{id} until ACTIVE.
         */
        post: operations["linkToolRouterToolkit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tool_router/session/{session_id}/token": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a token for the session's MCP URL
         * @description A Patchbay addition: a bearer token acting as the session's user on this session only (give it to an AI client instead of the project key).
         */
        post: operations["createToolRouterSessionToken"];
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
            /** @description Resources and resource templates the server exposes from its upstream MCP toolkits (see ResourcePattern); empty means all of them. */
            allowed_resources: string[];
            /** @description Prompts the server exposes from its upstream MCP toolkits; empty means all of them. */
            allowed_prompts: string[];
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
            /** @description Resources the server exposes from its upstream MCP toolkits; empty or absent means all. */
            allowed_resources?: components["schemas"]["ResourcePattern"][];
            /** @description Prompts the server exposes from its upstream MCP toolkits; empty or absent means all. */
            allowed_prompts?: components["schemas"]["PromptSlug"][];
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
            /** @description Resources the server exposes from its upstream MCP toolkits; empty or absent means all. */
            allowed_resources?: components["schemas"]["ResourcePattern"][];
            /** @description Prompts the server exposes from its upstream MCP toolkits; empty or absent means all. */
            allowed_prompts?: components["schemas"]["PromptSlug"][];
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
            /** @description Resources the server exposes from its upstream MCP toolkits; empty or absent means all. */
            allowed_resources?: components["schemas"]["ResourcePattern"][];
            /** @description Prompts the server exposes from its upstream MCP toolkits; empty or absent means all. */
            allowed_prompts?: components["schemas"]["PromptSlug"][];
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
            /**
             * @description Patchbay: also issue, for each user and account, a token that acts only for that user (or account) on this server, answered in `access`. Give false for URLs alone.
             * @default true
             */
            scoped_tokens?: boolean;
        };
        GenerateMcpUrlResponse: {
            /** @description The base URL, without a user selector. */
            mcp_url: string;
            /** @description One URL per requested user id, in order. */
            user_ids_url: string[];
            /** @description One URL per requested connected account id, in order. */
            connected_account_urls: string[];
            /** @description Patchbay: the users', then the accounts' URLs with the headers that authorize them; empty when `scoped_tokens` is false. Deleting a user's instance revokes their tokens. */
            access: components["schemas"]["McpAccess"][];
        };
        /** @description A URL and the headers an AI client sends with it. */
        McpAccess: {
            user_id: string | null;
            connected_account_id: string | null;
            url: string;
            /** @description With scoped tokens, `Authorization: Bearer pbt_…`; the token is shown only here, once. */
            headers: {
                [key: string]: string;
            };
            commands: components["schemas"]["UserClientCommands"];
            /** @description Patchbay: Cursor's install deeplink (`cursor://anysphere.cursor-deeplink/mcp/install?name=…&config=…`) for this URL and its headers; opening it asks Cursor to add the server. */
            cursor_install_link: string;
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
        /**
         * @description Access a user gave an AI client by signing in through Patchbay's authorization server (MCP authorization,
         *     OAuth 2.1): the client's tokens for one MCP URL, acting as that user. Revoking it ends every token of it.
         */
        OAuthGrant: {
            /** @description The grant id. */
            id: string;
            /** @description The OAuth client (a registration id, or a metadata document URL). */
            client_id: string;
            /** @description The name the client gave itself, if any. */
            client_name: string | null;
            /** @description The user the client acts as. */
            user_id: string;
            /** Format: uuid */
            server_id: string;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description When the grant (its refresh tokens) ends.
             */
            expires_at: string | null;
        };
        OAuthGrantList: {
            items: components["schemas"]["OAuthGrant"][];
        };
        /**
         * @description How end users sign in when their AI client connects to one of this project's MCP URLs with OAuth. With a
         *     `login_url` (developer approval), the authorization page sends the user there with a `patchbay_sign_in` id and
         *     a `return_to` URL; your backend identifies the user, approves the sign-in for one of your user ids
         *     (POST /mcp/oauth/sign_ins/{sign_in_id}) and sends the browser to `return_to`. Without one, the consent page
         *     asks for a project API key and lets its holder choose the user id (local, single-user use), unless the
         *     operator configured an OpenID Connect identity provider.
         */
        OAuthSettings: {
            /**
             * Format: uri
             * @description Your sign-in page (http or https), or null for the consent page's own sign-in.
             */
            login_url: string | null;
        };
        /** @description Approve a pending sign-in for one of your users, or deny it. */
        OAuthSignInDecision: {
            /** @description The user the client will act as. */
            user_id?: string;
            /** @description Deny the sign-in instead (the client gets access_denied). */
            deny?: boolean;
        };
        OAuthSignInDecided: {
            sign_in_id: string;
            /** @enum {string} */
            status: "approved" | "denied";
            user_id?: string;
            /** Format: uuid */
            server_id: string;
            client_id: string;
            /**
             * Format: uri
             * @description Send the user's browser here to finish the sign-in.
             */
            return_to: string;
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
        /**
         * @description Where a toolkit's tools come from: `builtin` (shipped with Patchbay), `mcp_stdio` / `mcp_http` (an upstream MCP
         *     server run as a process or reached over HTTP), `openapi` (generated from an OpenAPI document) or `catalog`
         *     (an entry of an installed catalog).
         * @enum {string}
         */
        ToolkitKind: "builtin" | "mcp_stdio" | "mcp_http" | "openapi" | "catalog";
        /** @description Lowercase letters, digits, `_` and `-`; at most 32 characters so that tool slugs (`SLUG_ACTION`) stay within 64. */
        CustomToolkitSlug: string;
        ToolkitName: string;
        ToolkitDescription: string;
        /**
         * Format: uri
         * @description URL of the toolkit's logo.
         */
        ToolkitLogo: string;
        /** @description Category names, e.g. `developer-tools`. */
        ToolkitCategories: string[];
        /**
         * @description How long one tool call may take before it fails with a timeout.
         * @default 30000
         */
        ToolTimeoutMs: number;
        /** @description One field an auth scheme needs, as a toolkit declares it (answered as `HostedAuthField`). */
        AuthField: {
            /** @description The key to send, e.g. `client_id` or `api_key`. */
            name: string;
            display_name: string;
            /**
             * @description The value's type.
             * @enum {string}
             */
            type: "string" | "integer" | "number" | "boolean";
            required: boolean;
            description: string;
            /** @description A secret is write-only: it is stored encrypted and answered masked. */
            secret: boolean;
        };
        /** @description An auth scheme as a toolkit declares it; answered as `AuthConfigDetail` (required and optional fields apart). */
        ToolkitAuthScheme: {
            mode: components["schemas"]["AuthScheme"];
            fields: {
                /** @description Fields of an auth config's `credentials` (e.g. an OAuth app's `client_id` and `client_secret`). */
                auth_config_creation: components["schemas"]["AuthField"][];
                /** @description Fields of a connection's `state` (e.g. an `api_key`); empty for OAuth. */
                connected_account_initiation: components["schemas"]["AuthField"][];
            };
            /**
             * Format: uri
             * @description OAuth only: where users grant access.
             */
            authorization_url?: string;
            /**
             * Format: uri
             * @description OAuth only: where codes and refresh tokens are exchanged.
             */
            token_url?: string;
            /** @description OAuth only: the scopes requested unless an auth config says otherwise. */
            default_scopes?: string[];
        };
        /**
         * @description A toolkit. Beside Patchbay's own fields it carries the hosted API's (`meta`, `is_local_toolkit`,
         *     `composio_managed_auth_schemes`, `auth_config_details`), so the hosted SDK's `toolkits.get()` reads it as is.
         */
        Toolkit: {
            /** @description Lowercase, e.g. `github`. */
            slug: string;
            name: string;
            /** @description Empty when none was given. */
            description: string;
            /** @description URL of the logo, or null. */
            logo: string | null;
            categories: string[];
            kind: components["schemas"]["ToolkitKind"];
            /** @description The modes of the auth schemes it supports, e.g. `["OAUTH2"]`; empty when it needs no account. */
            auth_schemes: components["schemas"]["AuthScheme"][];
            /** @description Each supported auth scheme and the fields it needs, in the hosted API's form. */
            auth_config_details: components["schemas"]["AuthConfigDetail"][];
            /**
             * @description A short hash of the toolkit's tool definitions (slugs, names, descriptions, schemas, annotations): it
             *     changes whenever its tool list or a schema does. Patchbay keeps only the current version.
             */
            version: string;
            /** @description Other slugs this toolkit answers to, e.g. the hosted spelling `googlecalendar` of `google-calendar`. */
            aliases: string[];
            meta: components["schemas"]["ToolkitMeta"];
            /** @description Always false (as the hosted API answers for its own). */
            is_local_toolkit: boolean;
            /**
             * @description The schemes an auth config of type `use_composio_managed_auth` works with without credentials of yours:
             *     the toolkit's first scheme when it is key-style (users give their own keys); Patchbay has no OAuth apps of
             *     its own.
             */
            composio_managed_auth_schemes: components["schemas"]["AuthScheme"][];
            /** @description True when its tools run without a connected account. */
            no_auth: boolean;
            tools_count: number;
            /** @description True for toolkits this project created. */
            is_custom: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description Where a custom toolkit's tools come from: exactly one of `mcp` and `openapi`. */
        ToolkitSource: {
            mcp?: components["schemas"]["McpSource"];
            openapi?: components["schemas"]["OpenApiSource"];
            timeout_ms: number;
        };
        ToolkitDetail: components["schemas"]["Toolkit"] & {
            /** @description The source of a custom toolkit; null for the others. */
            source: components["schemas"]["ToolkitSource"] | null;
        };
        ToolkitList: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["Toolkit"][];
        };
        ToolkitCategory: {
            /** @description The category, e.g. `developer-tools` (the hosted API's list form). */
            id: string;
            /** @description The same as `id` (the hosted API's detail form). */
            slug: string;
            /** @description A display name, e.g. `Developer tools`. */
            name: string;
        };
        ToolkitCategoryList: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["ToolkitCategory"][];
        };
        /** @description The hosted API's `meta` of a toolkit: the same facts as the top-level fields, as the hosted SDK reads them. */
        ToolkitMeta: {
            description: string;
            /** @description Absent when the toolkit has no logo (the hosted SDK refuses null). */
            logo?: string;
            categories: components["schemas"]["ToolkitCategory"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            tools_count: number;
            /** @description Always 0: Patchbay has no triggers. */
            triggers_count: number;
            /** @description The versions that can be pinned: only the current `version`. */
            available_versions: string[];
        };
        /** @description One field an auth scheme needs, in the hosted API's form (its `displayName` is camelCase on its wire too). */
        HostedAuthField: {
            /** @description The key to send, e.g. `client_id` or `api_key`. */
            name: string;
            displayName: string;
            /**
             * @description The value's type.
             * @enum {string}
             */
            type: "string" | "integer" | "number" | "boolean";
            required: boolean;
            description: string;
            /** @description A secret is write-only: it is stored encrypted and answered masked. */
            is_secret: boolean;
        };
        HostedAuthFieldGroup: {
            required: components["schemas"]["HostedAuthField"][];
            optional: components["schemas"]["HostedAuthField"][];
        };
        /** @description An auth scheme a toolkit supports and what it needs, in the hosted API's form. */
        AuthConfigDetail: {
            /** @description The mode's display name, e.g. `OAuth 2`. */
            name: string;
            mode: components["schemas"]["AuthScheme"];
            fields: {
                /** @description Fields of an auth config's `credentials` (e.g. an OAuth app's `client_id` and `client_secret`). */
                auth_config_creation: components["schemas"]["HostedAuthFieldGroup"];
                /** @description Fields of a connection's `state` (e.g. an `api_key`); empty for OAuth. */
                connected_account_initiation: components["schemas"]["HostedAuthFieldGroup"];
            };
            /**
             * Format: uri
             * @description OAuth only: where users grant access.
             */
            authorization_url?: string;
            /**
             * Format: uri
             * @description OAuth only: where codes and refresh tokens are exchanged.
             */
            token_url?: string;
            /** @description OAuth only: the scopes requested unless an auth config says otherwise. */
            default_scopes?: string[];
        };
        EnvVarName: string;
        /** @description An MCP server Patchbay starts as a process and talks to over stdio. */
        McpStdioSource: {
            /** @constant */
            transport: "stdio";
            /** @description The executable, e.g. `npx`. */
            command: string;
            /** @default [] */
            args?: string[];
            /**
             * @description Environment variables for every user; not secret (they are stored and answered in clear).
             * @default {}
             */
            env?: {
                [key: string]: string;
            };
            /**
             * @description Environment variables filled for each user from the credentials of their connected account (the field of
             *     the same name); the process runs once per user, and such a toolkit needs a connected account.
             * @default []
             */
            per_user_env?: components["schemas"]["EnvVarName"][];
        };
        /** @description An MCP server Patchbay reaches over HTTP. */
        McpHttpSource: {
            /**
             * @description `streamable_http` (current) or `sse` (the older HTTP+SSE transport).
             * @enum {string}
             */
            transport: "streamable_http" | "sse";
            /** Format: uri */
            url: string;
            /**
             * @description Headers sent on every request; not secret (they are stored and answered in clear).
             * @default {}
             */
            headers?: {
                [key: string]: string;
            };
        };
        /** @description An upstream MCP server. */
        McpSource: components["schemas"]["McpStdioSource"] | components["schemas"]["McpHttpSource"];
        /** @description Where a connected account's credential goes in each request. */
        OpenApiAuth: {
            scheme: components["schemas"]["AuthScheme"];
            /**
             * @default header
             * @enum {string}
             */
            in?: "header" | "query";
            /**
             * @description The header or query parameter, e.g. `Authorization` or `X-Api-Key`.
             * @default Authorization
             */
            name?: string;
        };
        /** @description Tools generated from an OpenAPI 3 document, one per operation: give exactly one of `spec_url` and `spec`. */
        OpenApiSource: {
            /**
             * Format: uri
             * @description Where to fetch the document.
             */
            spec_url?: string;
            /** @description The document itself. */
            spec?: {
                [key: string]: unknown;
            };
            /**
             * Format: uri
             * @description The API's base URL; defaults to the document's first `servers` entry.
             */
            base_url?: string;
            auth?: components["schemas"]["OpenApiAuth"];
        };
        /** @description A custom toolkit backed by an MCP server. */
        CreateMcpToolkitRequest: {
            slug: components["schemas"]["CustomToolkitSlug"];
            name: components["schemas"]["ToolkitName"];
            description?: components["schemas"]["ToolkitDescription"];
            logo?: components["schemas"]["ToolkitLogo"];
            categories?: components["schemas"]["ToolkitCategories"];
            mcp: components["schemas"]["McpSource"];
            timeout_ms?: components["schemas"]["ToolTimeoutMs"];
        };
        /** @description A custom toolkit generated from an OpenAPI document. */
        CreateOpenApiToolkitRequest: {
            slug: components["schemas"]["CustomToolkitSlug"];
            name: components["schemas"]["ToolkitName"];
            description?: components["schemas"]["ToolkitDescription"];
            logo?: components["schemas"]["ToolkitLogo"];
            categories?: components["schemas"]["ToolkitCategories"];
            openapi: components["schemas"]["OpenApiSource"];
            timeout_ms?: components["schemas"]["ToolTimeoutMs"];
        };
        /** @description A custom toolkit: exactly one source, `mcp` or `openapi`. */
        CreateToolkitRequest: components["schemas"]["CreateMcpToolkitRequest"] | components["schemas"]["CreateOpenApiToolkitRequest"];
        /** @description Only the fields given change. A source (`mcp` or `openapi`, not both) replaces the current one. */
        UpdateToolkitRequest: {
            name?: components["schemas"]["ToolkitName"];
            description?: components["schemas"]["ToolkitDescription"];
            logo?: components["schemas"]["ToolkitLogo"];
            categories?: components["schemas"]["ToolkitCategories"];
            mcp?: components["schemas"]["McpSource"];
            openapi?: components["schemas"]["OpenApiSource"];
            timeout_ms?: number;
        };
        /** @description The MCP tool annotations (hints for clients; not guarantees). */
        ToolAnnotations: {
            /** @description The tool does not change its environment. */
            readOnlyHint?: boolean;
            /** @description The tool may delete or overwrite. */
            destructiveHint?: boolean;
            /** @description Repeating a call with the same arguments has no further effect. */
            idempotentHint?: boolean;
            /** @description The tool talks to an open world of external entities. */
            openWorldHint?: boolean;
            /** @description A display title. */
            title?: string;
        };
        ToolToolkitRef: {
            slug: string;
            name: string;
            /** @description Absent when the toolkit has no logo (the hosted SDK refuses null). */
            logo?: string;
        };
        Tool: {
            /** @description UPPER_SNAKE `TOOLKIT_ACTION`, e.g. `GITHUB_CREATE_AN_ISSUE`; also the tool's name over MCP. */
            slug: string;
            /** @description A display name. */
            name: string;
            description: string;
            toolkit: components["schemas"]["ToolToolkitRef"];
            /** @description JSON Schema of the arguments (an object schema). */
            input_parameters: {
                [key: string]: unknown;
            };
            /** @description JSON Schema of `data` in a successful result; `{}` when unknown. */
            output_parameters: {
                [key: string]: unknown;
            };
            /** @description The names of the MCP annotations that are true (e.g. `readOnlyHint`), then the toolkit's categories. */
            tags: string[];
            annotations: components["schemas"]["ToolAnnotations"];
            /** @description True when the tool runs without a connected account. */
            no_auth: boolean;
            /** @description Its toolkit's `version`; execute may pin it (the hosted SDK sends the one it read). */
            version: string;
            /** @description The versions that can be pinned: only the current `version`. */
            available_versions: string[];
        };
        ToolList: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["Tool"][];
        };
        /**
         * @description Runs a tool once as a user. The account used is `connected_account_id` when given, else the user's active
         *     connected account for the toolkit (`user_id` defaults to `default`).
         */
        ExecuteToolRequest: {
            user_id?: components["schemas"]["UserId"];
            /** @description A connected account (`ca_…`). */
            connected_account_id?: string;
            /**
             * @description The tool's arguments, valid against its `input_parameters`.
             * @default {}
             */
            arguments?: {
                [key: string]: unknown;
            };
            /** @description Accepted for compatibility; the call is logged either way. */
            allow_tracing?: boolean;
            /**
             * @description The toolkit version the caller read (the tool's `version`), or `latest`. A version the toolkit does not
             *     have (it changed since) is refused with 404 `version_not_found`, and nothing runs.
             */
            version?: string;
        };
        /** @description A tool's failure is an answer too: `successful: false` with `error` set (HTTP 200). */
        ExecuteToolResponse: {
            /** @description The tool's result; `{}` on failure. */
            data: {
                [key: string]: unknown;
            };
            /** @description What went wrong; null on success. */
            error: string | null;
            successful: boolean;
            /** @description The id of this call in the tool-call log. */
            log_id: string;
        };
        /**
         * @description How a toolkit authenticates.
         * @enum {string}
         */
        AuthScheme: "OAUTH2" | "OAUTH1" | "API_KEY" | "BASIC" | "BEARER_TOKEN" | "NO_AUTH";
        /** @enum {string} */
        AuthConfigStatus: "ENABLED" | "DISABLED";
        /**
         * @description Write-only: the scheme's `auth_config_creation` fields, e.g. `client_id` and `client_secret` for OAuth 2 or
         *     `api_key` for a key shared by all users. Stored encrypted; secrets are never answered in clear.
         */
        AuthCredentialsInput: {
            [key: string]: unknown;
        };
        /** @description OAuth scopes to request; defaults to the toolkit's `default_scopes`. */
        AuthScopes: string[];
        ProxyConfig: {
            /**
             * Format: uri
             * @description An HTTP proxy for the toolkit's requests.
             */
            proxy_url: string;
            /** @description Write-only: sent to the proxy. */
            proxy_auth_key?: string;
        };
        AuthConfig: {
            /** @description `ac_…` */
            id: string;
            name: string;
            toolkit: {
                slug: string;
                /** @description Empty when the toolkit has no logo (as in a server's `toolkit_icons`): the hosted SDK requires a string. */
                logo: string;
            };
            auth_scheme: components["schemas"]["AuthScheme"];
            /** @description True when the credentials are Patchbay's own (no OAuth app of yours); named as the hosted API does. */
            is_composio_managed: boolean;
            /**
             * @description The stored credentials with every secret masked to its last four characters (e.g. `client_secret: "••••abcd"`).
             *     Secrets are never returned in clear.
             */
            credentials: {
                [key: string]: unknown;
            };
            scopes: string[];
            status: components["schemas"]["AuthConfigStatus"];
            /** @description Connected accounts using it. */
            no_of_connections: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_updated_at: string;
        };
        AuthConfigList: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["AuthConfig"][];
        };
        AuthConfigName: string;
        /** @description Use the toolkit's managed credentials. */
        ManagedAuthConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "use_composio_managed_auth";
            name?: components["schemas"]["AuthConfigName"];
            credentials?: components["schemas"]["AuthCredentialsInput"];
            scopes?: components["schemas"]["AuthScopes"];
            proxy_config?: components["schemas"]["ProxyConfig"];
        };
        /** @description Use your own credentials (e.g. your OAuth app); `auth_scheme` (or its alias `authScheme`) is required. */
        CustomAuthConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "use_custom_auth";
            name?: components["schemas"]["AuthConfigName"];
            auth_scheme?: components["schemas"]["AuthScheme"];
            /**
             * @deprecated
             * @description Alias of `auth_scheme`, as the hosted SDK sends it.
             */
            authScheme?: components["schemas"]["AuthScheme"];
            credentials?: components["schemas"]["AuthCredentialsInput"];
            scopes?: components["schemas"]["AuthScopes"];
            proxy_config?: components["schemas"]["ProxyConfig"];
        };
        CreateAuthConfigRequest: {
            toolkit: {
                slug: components["schemas"]["ToolkitSlug"];
            };
            auth_config: components["schemas"]["ManagedAuthConfigInput"] | components["schemas"]["CustomAuthConfigInput"];
        };
        /** @description As the hosted API answers; get the auth config for every field. */
        CreateAuthConfigResponse: {
            toolkit: {
                slug: string;
            };
            auth_config: {
                /** @description `ac_…` */
                id: string;
                auth_scheme: components["schemas"]["AuthScheme"];
                is_composio_managed: boolean;
            };
        };
        /**
         * @description Only the fields given change; `credentials` replaces the stored credentials as a whole. `type`,
         *     `tool_access_config` and `is_enabled_for_tool_router` are what the hosted SDK's `authConfigs.update` sends
         *     beside them.
         */
        UpdateAuthConfigRequest: {
            name?: components["schemas"]["AuthConfigName"];
            credentials?: components["schemas"]["AuthCredentialsInput"];
            scopes?: components["schemas"]["AuthScopes"];
            /**
             * @description The hosted SDK's form: `custom` with `credentials`, `default` with `scopes`. Changes nothing itself.
             * @enum {string}
             */
            type?: "custom" | "default";
            /**
             * @description Sent by the hosted SDK (empty unless asked for). Patchbay has no tool limits per auth config (an MCP
             *     server's `allowed_tools` limits tools), so a list that names a tool is refused.
             */
            tool_access_config?: {
                tools_for_connected_account_creation?: string[];
                tools_available_for_execution?: string[];
            };
            /** @description Sent by the hosted SDK when asked; Patchbay has no tool router, so it has no effect. */
            is_enabled_for_tool_router?: boolean;
        };
        SuccessResponse: {
            success: boolean;
        };
        /**
         * @description `INITIATED`: waiting for the user (e.g. to finish OAuth); `ACTIVE`: usable; `FAILED`: authorisation failed;
         *     `EXPIRED`: its token expired and could not be refreshed; `INACTIVE`: disabled.
         * @enum {string}
         */
        ConnectedAccountStatus: "INITIALIZING" | "INITIATED" | "ACTIVE" | "FAILED" | "EXPIRED" | "INACTIVE";
        /** @description One user's connection to a toolkit. Never carries a token, key or password. */
        ConnectedAccount: {
            /** @description `ca_…` */
            id: string;
            toolkit: {
                slug: string;
            };
            auth_config: {
                id: string;
                auth_scheme: components["schemas"]["AuthScheme"];
                is_composio_managed: boolean;
                is_disabled: boolean;
            };
            user_id: string;
            status: components["schemas"]["ConnectedAccountStatus"];
            /** @description Why it is FAILED, EXPIRED or INACTIVE. */
            status_reason: string | null;
            is_disabled: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ConnectedAccountList: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["ConnectedAccount"][];
        };
        CreateConnectedAccountRequest: {
            auth_config: {
                id: components["schemas"]["AuthConfigId"];
            };
            connection: {
                /** @default default */
                user_id?: components["schemas"]["UserId"];
                /**
                 * Format: uri
                 * @description OAuth only: where the user's browser goes after authorising.
                 */
                callback_url?: string;
                /**
                 * @description Write-only: the credentials of a non-OAuth scheme (the `connected_account_initiation` fields, e.g.
                 *     `{"api_key": "…"}`, `{"token": "…"}`, `{"username": "…", "password": "…"}`); the hosted form
                 *     `{"authScheme": "API_KEY", "val": {…}}` is accepted too. Stored encrypted; never answered.
                 */
                state?: {
                    [key: string]: unknown;
                };
                /** @description Extra non-secret values a toolkit needs (e.g. a subdomain). */
                data?: {
                    [key: string]: unknown;
                };
            };
        };
        CreateConnectedAccountResponse: {
            /** @description `ca_…` */
            id: string;
            status: components["schemas"]["ConnectedAccountStatus"];
            /**
             * @description The connect page the user opens (status `INITIATED`): OAuth sign-in, or a form for a key the request did
             *     not give; null when the account is `ACTIVE` at once.
             */
            redirect_url: string | null;
            /** @description Non-secret details of the connection; never a token or key. */
            connection_data?: {
                [key: string]: unknown;
            };
            connectionData: components["schemas"]["HostedConnectionData"];
        };
        /**
         * @description The same facts in the hosted API's form (camelCase on its wire too): the hosted SDK's
         *     `connectedAccounts.initiate` reads `val.status` and `val.redirectUrl`. Unlike the hosted API, `val` never
         *     carries a token, key or password.
         */
        HostedConnectionData: {
            authScheme: components["schemas"]["AuthScheme"];
            /** @description `status`, `redirectUrl` when the user has something to do, and the non-secret `connection.data`. */
            val: {
                status: components["schemas"]["ConnectedAccountStatus"];
                /** @description Set when status is `INITIATED`. */
                redirectUrl?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @description A connect link for a user, as the hosted SDK's `connectedAccounts.link()` sends it. The account is created
         *     `INITIATED`; the user finishes on the connect page (OAuth sign-in, or the key for a key-style scheme).
         */
        CreateConnectedAccountLinkRequest: {
            auth_config_id: components["schemas"]["AuthConfigId"];
            user_id: components["schemas"]["UserId"];
            /**
             * Format: uri
             * @description Where the user's browser goes after connecting.
             */
            callback_url?: string;
        };
        ConnectedAccountLink: {
            /** @description `ca_…`, status `INITIATED` until the user connects. */
            connected_account_id: string;
            /** @description The connect page for the user to open. */
            redirect_url: string;
            /** @description The one-time token in `redirect_url`. */
            link_token: string;
            /**
             * Format: date-time
             * @description When the link stops working.
             */
            expires_at: string;
        };
        RefreshConnectedAccountResponse: {
            id: string;
            status: components["schemas"]["ConnectedAccountStatus"];
            /** @description Set when the user must authorise again; null when the refresh needed no user. */
            redirect_url: string | null;
        };
        UpdateConnectedAccountStatusRequest: {
            /** @description False disables the account (status `INACTIVE`); true enables it again. */
            enabled: boolean;
        };
        /** @enum {string} */
        ToolCallOutcome: "success" | "error";
        /** @description One tool call. Arguments and results are not stored, so the log holds no secrets from them. */
        ToolCall: {
            /** @description The `log_id` that execute answers. */
            id: string;
            /**
             * Format: uuid
             * @description The MCP server; null for a direct execute.
             */
            server_id: string | null;
            user_id: string;
            /** @description The account used; null for a no-auth tool. */
            connected_account_id: string | null;
            tool_slug: string;
            toolkit_slug: string;
            /** Format: date-time */
            started_at: string;
            duration_ms: number;
            outcome: components["schemas"]["ToolCallOutcome"];
            /** @description The error message; null on success. */
            error: string | null;
            /** @description The tool session the call ran in (`trs_…`); null outside one. */
            session_id?: string | null;
            /**
             * @description `mcp`: from an AI client over an MCP server; `api`: from POST /tools/execute.
             * @enum {string}
             */
            source: "mcp" | "api";
        };
        ToolCallList: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["ToolCall"][];
        };
        /** @description A session's id (`trs_…`). */
        ToolRouterSessionId: string;
        /**
         * @description An MCP tool annotation. Hints a tool does not state take MCP's defaults: a tool that is not read-only is
         *     destructive and open-world unless it says otherwise.
         * @enum {string}
         */
        ToolRouterHint: "readOnlyHint" | "destructiveHint" | "idempotentHint" | "openWorldHint";
        ToolRouterHints: components["schemas"]["ToolRouterHint"][];
        /** @description A list (= enable), or `{enable, disable}`: a tool needs one enabled hint and none of the disabled ones. */
        ToolRouterTags: components["schemas"]["ToolRouterHints"] | {
            enable?: components["schemas"]["ToolRouterHints"];
            disable?: components["schemas"]["ToolRouterHints"];
        };
        ToolRouterSlugList: components["schemas"]["ToolkitSlug"][];
        ToolRouterToolSlugList: components["schemas"]["ToolSlug"][];
        /** @description An allowlist (`enable`; `[]` = no toolkit) or a denylist (`disable`) of toolkits: exactly one of the two. */
        ToolRouterToolkitsFilter: {
            enable?: components["schemas"]["ToolRouterSlugList"];
            disable?: components["schemas"]["ToolRouterSlugList"];
        };
        /** @description One toolkit's tools: an allowlist, a denylist, or its own tags (which replace the session's): exactly one. */
        ToolRouterToolFilter: {
            enable?: components["schemas"]["ToolRouterToolSlugList"];
            disable?: components["schemas"]["ToolRouterToolSlugList"];
            tags?: components["schemas"]["ToolRouterTags"];
        };
        ToolRouterManageConnections: {
            /** @description Serve COMPOSIO_MANAGE_CONNECTIONS (default true). */
            enable?: boolean | null;
            /** @description Where the user returns after connecting. */
            callback_url?: string;
            /** @description Accepted and echoed (default true). */
            enable_connection_removal?: boolean | null;
            /** @description Serve COMPOSIO_WAIT_FOR_CONNECTIONS (default false). */
            enable_wait_for_connections?: boolean | null;
        };
        ToolRouterPreload: {
            /** @description Tools served directly, without search; `all` = every tool the positive filters allow (needs a toolkit allowlist). */
            tools?: components["schemas"]["ToolRouterToolSlugList"] | "all";
        };
        ToolRouterSearchSwitch: {
            /** @description Serve COMPOSIO_SEARCH_TOOLS (default true). */
            enable?: boolean;
        };
        ToolRouterExecuteSwitch: {
            /** @description Serve COMPOSIO_MULTI_EXECUTE_TOOL (default true). */
            enable_multi_execute?: boolean;
        };
        /** @description The hosted code sandbox. Patchbay has none: accepted and echoed, with a warning; its tools are never served. */
        ToolRouterWorkbench: {
            enable?: boolean;
            enable_proxy_execution?: boolean;
            auto_offload_threshold?: number;
            /** @enum {string} */
            sandbox_size?: "standard" | "medium" | "large" | "xlarge";
        };
        /** @description Several accounts per toolkit. Not done yet: accepted and echoed, with a warning when enabled. */
        ToolRouterMultiAccount: {
            enable?: boolean;
            max_accounts_per_toolkit?: number;
            require_explicit_selection?: boolean;
        };
        /** @description Accepted and echoed; custom tools and permissions are not done yet (a warning says so). */
        ToolRouterExperimental: {
            assistive_prompt_config?: {
                user_timezone?: string;
            };
            custom_tools?: {
                [key: string]: unknown;
            }[];
            custom_toolkits?: {
                [key: string]: unknown;
            }[];
            link_url_overwrite?: string;
            permissions?: {
                [key: string]: unknown;
            };
        };
        /** @description The auth config to use per toolkit (`{github: "ac_…"}`). */
        ToolRouterAuthConfigs: {
            [key: string]: components["schemas"]["AuthConfigId"];
        };
        /** @description Pinned accounts per toolkit: each must exist, be active-able and belong to the session's user; at most one per toolkit. */
        ToolRouterConnectedAccounts: {
            [key: string]: string[];
        };
        /** @description Per-toolkit tool filters, by toolkit slug. */
        ToolRouterToolsConfig: {
            [key: string]: components["schemas"]["ToolRouterToolFilter"];
        };
        CreateToolRouterSessionRequest: {
            user_id: components["schemas"]["UserId"];
            toolkits?: components["schemas"]["ToolRouterToolkitsFilter"];
            tools?: components["schemas"]["ToolRouterToolsConfig"];
            tags?: components["schemas"]["ToolRouterTags"];
            auth_configs?: components["schemas"]["ToolRouterAuthConfigs"];
            connected_accounts?: components["schemas"]["ToolRouterConnectedAccounts"];
            manage_connections?: components["schemas"]["ToolRouterManageConnections"];
            preload?: components["schemas"]["ToolRouterPreload"];
            search?: components["schemas"]["ToolRouterSearchSwitch"];
            execute?: components["schemas"]["ToolRouterExecuteSwitch"];
            workbench?: components["schemas"]["ToolRouterWorkbench"];
            multi_account?: components["schemas"]["ToolRouterMultiAccount"];
            experimental?: components["schemas"]["ToolRouterExperimental"];
        };
        /** @description Only the fields given change; `null` clears a block. Each change archives the old config (config_history). */
        UpdateToolRouterSessionRequest: {
            toolkits?: components["schemas"]["ToolRouterToolkitsFilter"];
            tools?: components["schemas"]["ToolRouterToolsConfig"];
            tags?: components["schemas"]["ToolRouterTags"];
            auth_configs?: components["schemas"]["ToolRouterAuthConfigs"];
            connected_accounts?: components["schemas"]["ToolRouterConnectedAccounts"] | null;
            manage_connections?: components["schemas"]["ToolRouterManageConnections"] | null;
            preload?: components["schemas"]["ToolRouterPreload"];
            search?: components["schemas"]["ToolRouterSearchSwitch"];
            execute?: components["schemas"]["ToolRouterExecuteSwitch"];
            workbench?: components["schemas"]["ToolRouterWorkbench"] | null;
            multi_account?: components["schemas"]["ToolRouterMultiAccount"] | null;
            experimental?: components["schemas"]["ToolRouterExperimental"] | null;
        };
        ToolRouterEchoTags: {
            enabled?: components["schemas"]["ToolRouterHints"];
            disabled?: components["schemas"]["ToolRouterHints"];
        };
        /** @description The stored config as the hosted service echoes it (`enabled`/`disabled`). */
        ToolRouterConfig: {
            user_id: string;
            toolkits?: {
                enabled?: string[];
                disabled?: string[];
            };
            tools?: {
                [key: string]: {
                    enabled?: string[];
                    disabled?: string[];
                    tags?: components["schemas"]["ToolRouterEchoTags"];
                };
            };
            tags?: components["schemas"]["ToolRouterEchoTags"];
            auth_configs?: {
                [key: string]: string;
            };
            connected_accounts?: {
                [key: string]: string[];
            };
            manage_connections?: {
                enabled?: boolean | null;
                callback_url?: string;
                enable_connection_removal?: boolean | null;
                enable_wait_for_connections?: boolean | null;
            };
            preload: {
                tools: string[] | "all";
            };
            search: {
                enable?: boolean;
            };
            execute: {
                enable_multi_execute?: boolean;
            };
            workbench?: {
                enable?: boolean;
                proxy_execution_enabled?: boolean;
                auto_offload_threshold?: number;
                sandbox_size?: string;
            };
            multi_account?: {
                enable?: boolean;
                max_accounts_per_toolkit?: number;
                require_explicit_selection?: boolean;
            };
            experimental?: {
                [key: string]: unknown;
            };
        };
        ToolRouterWarning: {
            /** @description `PRELOAD_TOOLS_HIGH_CONTEXT_USAGE`, or `NOT_SUPPORTED` for an accepted field Patchbay does not do yet. */
            code: string;
            message: string;
            /** @description The config field the warning is about. */
            field?: string;
        };
        ToolRouterMcp: {
            /**
             * @description Streamable HTTP.
             * @enum {string}
             */
            type: "http";
            /** @description Absolute: `<public URL>/tool_router/<session_id>/mcp`. */
            url: string;
        };
        ToolRouterSession: {
            session_id: string;
            mcp: components["schemas"]["ToolRouterMcp"];
            /** @description The slugs the session's MCP URL serves: its meta-tools, then its preloaded tools. */
            tool_router_tools: string[];
            config: components["schemas"]["ToolRouterConfig"];
            config_version: number;
            warnings: components["schemas"]["ToolRouterWarning"][];
        };
        DeletedToolRouterSession: {
            session_id: string;
            /** @constant */
            deleted: true;
        };
        ToolRouterConfigVersion: {
            version: number;
            is_current: boolean;
            /**
             * Format: date-time
             * @description For an archived version: when it was superseded.
             */
            created_at: string;
            config: components["schemas"]["ToolRouterConfig"];
        };
        ToolRouterConfigHistory: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["ToolRouterConfigVersion"][];
        };
        ToolRouterConnectedAccount: {
            id: string;
            status: string;
            user_id: string;
            /** Format: date-time */
            created_at: string;
            auth_config: {
                id: string;
                auth_scheme: string;
                is_composio_managed: boolean;
            };
        };
        ToolRouterToolkitState: {
            slug: string;
            name: string;
            /** @description The session allows this toolkit. */
            enabled: boolean;
            is_no_auth: boolean;
            composio_managed_auth_schemes: string[];
            meta: {
                description: string;
                logo?: string;
            };
            connected_account: components["schemas"]["ToolRouterConnectedAccount"] | null;
        };
        ToolRouterToolkitList: components["schemas"]["CursorPage"] & {
            items: components["schemas"]["ToolRouterToolkitState"][];
        };
        ToolRouterSearchQuery: {
            use_case: string;
            known_fields?: string;
        };
        ToolRouterSearchRequest: {
            queries: components["schemas"]["ToolRouterSearchQuery"][];
            model?: string;
            /** @description Narrows the search to these toolkits (within the session's). */
            toolkits?: components["schemas"]["ToolkitSlug"][];
            experimental?: {
                [key: string]: unknown;
            };
        };
        ToolRouterToolSchema: {
            tool_slug: string;
            toolkit: string;
            description: string;
            hasFullSchema?: boolean;
            input_schema: {
                [key: string]: unknown;
            };
            output_schema?: {
                [key: string]: unknown;
            };
            /** @description The user can run it now (a no-auth toolkit, or an active account). */
            is_connected: boolean;
        };
        ToolRouterSearchResult: {
            index: number;
            use_case: string;
            primary_tool_slugs: string[];
            related_tool_slugs: string[];
            toolkits: string[];
            error?: string;
        };
        ToolRouterConnectionStatus: {
            toolkit: string;
            description: string;
            has_active_connection: boolean;
            status_message: string;
        };
        ToolRouterSearchResponse: {
            success: boolean;
            error: string | null;
            results: components["schemas"]["ToolRouterSearchResult"][];
            tool_schemas: {
                [key: string]: components["schemas"]["ToolRouterToolSchema"];
            };
            toolkit_connection_statuses: components["schemas"]["ToolRouterConnectionStatus"][];
            next_steps_guidance: string[];
            session: {
                id: string;
                generate_id: boolean;
                instructions: string;
            };
            time_info: {
                current_time_utc: string;
                current_time_utc_epoch_seconds: number;
                message: string;
            };
        };
        ToolRouterExecuteRequest: {
            tool_slug: components["schemas"]["ToolSlug"];
            arguments?: {
                [key: string]: unknown;
            };
            /** @description A connected account id (`ca_…`). */
            account?: string;
            enable_auto_workbench_offload?: boolean;
            experimental?: {
                [key: string]: unknown;
            };
        };
        ToolRouterExecuteMetaRequest: {
            slug: components["schemas"]["ToolSlug"];
            arguments?: {
                [key: string]: unknown;
            };
            experimental?: {
                [key: string]: unknown;
            };
        };
        /** @description A tool's failure or a refusal by the session's rules is an answer (HTTP 200) with `error` set. */
        ToolRouterExecuteResponse: {
            data: {
                [key: string]: unknown;
            };
            error: string | null;
            /** @description The call's id in the tool-call log; empty when nothing ran. */
            log_id: string;
        };
        ToolRouterLinkRequest: {
            toolkit: components["schemas"]["ToolkitSlug"];
            callback_url?: string;
            alias?: string;
            experimental?: {
                /** @enum {string} */
                account_type?: "PRIVATE" | "SHARED";
                acl_config_for_shared?: {
                    [key: string]: unknown;
                };
            };
        };
        ToolRouterLinkResponse: {
            connected_account_id: string;
            link_token: string;
            /** @description The page the user opens; null when connected without one. */
            redirect_url: string | null;
        };
        /** @description A Patchbay addition: a bearer token that reaches this session's MCP URL as its user, and nothing else. */
        ToolRouterSessionToken: {
            /** @description `pbt_…`; shown once, stored hashed. */
            token: string;
            mcp: {
                /** @enum {string} */
                type: "http";
                url: string;
                headers: {
                    [key: string]: string;
                };
            };
        };
        /** @description Ready-to-run commands that put this server's URL for the `default` user into an AI client. They run the `patchbay` CLI this server serves (`npx -y <public url>/cli/patchbay-cli-<version>.tgz setup … --user-token`), which asks the server, with the API key of the machine it runs on (`PATCHBAY_API_KEY` or the local server's key file), for a token scoped to that user and writes that token, never the key. No secret is in the command; for another user, or a machine without the key, take that user's `commands` from `POST /mcp/servers/generate`. */
        ClientCommands: {
            cursor: string;
            /** @description Claude Desktop. */
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
        /** @description A resource as the server serves it (`patchbay://<toolkit>/<upstream URI>`), a resource template as listed (its `{variables}` match any value), or a prefix ending in `*` (`patchbay://everything/*`). */
        ResourcePattern: string;
        /** @description A prompt's name as the server serves it, namespaced like tools (`EVERYTHING_SIMPLE_PROMPT`). */
        PromptSlug: string;
        /** @description The developer's own identifier for an end user. */
        UserId: string;
        /** @description Patchbay: commands that put one user's URL and scoped token into an AI client, each ready to paste into a POSIX shell. They carry the token (keep them out of shared logs), never the project key. Clients with their own installer use it (`claude mcp add`, `code --add-mcp`); the others run the `patchbay` CLI this server serves, by `npx -y <public url>/cli/patchbay-cli-<version>.tgz setup …`, so nothing comes from a package registry. */
        UserClientCommands: {
            cursor: string;
            /** @description Claude Desktop (a stdio `mcp-remote` entry). */
            claude: string;
            windsurf: string;
            /** @description `claude mcp add --scope user --transport http …` */
            claude_code: string;
            /** @description `code --add-mcp '{…}'` */
            vscode: string;
            gemini: string;
            cline: string;
        };
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
        /** @description The body is over the size limit. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request is well-formed but cannot be carried out (e.g. a source that cannot be loaded). */
        UnprocessableEntity: {
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
        /** @description Only this user's grants. */
        GrantUserFilter: string;
        /** @description The grant's id. */
        GrantIdParam: string;
        /** @description The `patchbay_sign_in` value your login URL was given. */
        SignInIdParam: string;
        /** @description The MCP server's id. */
        ServerId: string;
        /** @description The `next_cursor` of the previous page. */
        Cursor: string;
        /** @description Items per page: at most 1000; a larger value is lowered to 1000 rather than refused, as the hosted API does (its SDK sends 9999). */
        CursorLimit: number;
        /** @description Case-insensitive substring of the slug, name or description. */
        ToolkitSearch: string;
        /** @description Only toolkits in this category. */
        ToolkitCategory: string;
        /** @description Only toolkits of this kind. */
        ToolkitKindFilter: components["schemas"]["ToolkitKind"];
        /** @description The toolkit's slug (matched case-insensitively). */
        ToolkitSlugPath: components["schemas"]["ToolkitSlug"];
        /** @description Only tools of this toolkit, or of these (comma-separated, as the hosted SDK sends `toolkits`). */
        ToolListToolkitSlug: string;
        /** @description Case-insensitive substring of the slug, name or description. */
        ToolSearch: string;
        /** @description Comma-separated tool slugs; only these tools. */
        ToolSlugs: string;
        /** @description Comma-separated tags; a tool matches when it has any of them. */
        ToolTags: string;
        /** @description Comma-separated auth config ids; only tools of their toolkits (unknown ids match nothing). */
        ToolAuthConfigIds: string;
        /**
         * @description As the hosted SDK sends it: `latest`, or one version for every toolkit. `toolkit_versions[<slug>]=<version>`
         *     pins one toolkit. Only the current version exists; another is refused with 404 `version_not_found`.
         */
        ToolkitVersions: string;
        /** @description The tool's slug (matched case-insensitively). */
        ToolSlugPath: components["schemas"]["ToolSlug"];
        /** @description A toolkit version to pin, or `latest`; 404 `version_not_found` for one the toolkit does not have. */
        ToolVersion: string;
        /** @description Only auth configs of this toolkit. */
        AuthConfigToolkitSlug: components["schemas"]["ToolkitSlug"];
        /** @description Only managed (true) or only custom (false) auth configs. */
        IsComposioManaged: boolean;
        /** @description Case-insensitive substring of the name. */
        AuthConfigSearch: string;
        /** @description The auth config's id. */
        AuthConfigIdPath: components["schemas"]["AuthConfigId"];
        AuthConfigStatusPath: components["schemas"]["AuthConfigStatus"];
        /** @description Comma-separated user ids. */
        UserIds: string;
        /** @description Comma-separated toolkit slugs. */
        ToolkitSlugs: string;
        /** @description Comma-separated statuses, e.g. `ACTIVE,EXPIRED`. */
        Statuses: string;
        /** @description Comma-separated auth config ids. */
        AuthConfigIds: string;
        ConnectedAccountOrderBy: "created_at" | "updated_at";
        /** @description The connected account's id. */
        ConnectedAccountIdPath: string;
        /** @description Only calls through this MCP server. */
        ToolCallServerId: string;
        /** @description Only this user's calls. */
        ToolCallUserId: components["schemas"]["UserId"];
        /** @description Only calls made in this tool session. */
        ToolCallSessionId: string;
        ToolCallToolSlug: components["schemas"]["ToolSlug"];
        ToolCallToolkitSlug: components["schemas"]["ToolkitSlug"];
        ToolCallOutcomeFilter: components["schemas"]["ToolCallOutcome"];
        /** @description Only calls started at or after this time. */
        Since: string;
        /** @description Only calls started before this time. */
        Until: string;
        /** @description The call's id. */
        ToolCallIdPath: string;
        SessionIdPath: components["schemas"]["ToolRouterSessionId"];
        /** @description At most 100 (a larger value is lowered). */
        HistoryLimit: number;
        /** @description At most 500 (a larger value is lowered). */
        ToolsLimit: number;
        /** @description At most 50 (a larger value is lowered). */
        ToolkitsLimit: number;
        /** @description Case-insensitive substring of the toolkit's slug or name. */
        ToolkitsSearch: string;
        IsConnected: "true" | "false";
        /** @description Comma-separated toolkit slugs: exactly these (overriding the session's filter). */
        ToolkitsList: string;
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
    listOAuthGrants: {
        parameters: {
            query?: {
                /** @description Only this user's grants. */
                user_id?: components["parameters"]["GrantUserFilter"];
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
            /** @description The grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthGrantList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    revokeOAuthGrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MCP server's id. */
                server_id: components["parameters"]["ServerIdParam"];
                /** @description The grant's id. */
                grant_id: components["parameters"]["GrantIdParam"];
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
        };
    };
    getOAuthSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project's sign-in settings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthSettings"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    updateOAuthSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthSettings"];
            };
        };
        responses: {
            /** @description The settings now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    decideOAuthSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `patchbay_sign_in` value your login URL was given. */
                sign_in_id: components["parameters"]["SignInIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OAuthSignInDecision"];
            };
        };
        responses: {
            /** @description Decided. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OAuthSignInDecided"];
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
                /** @description Items per page: at most 1000; a larger value is lowered to 1000 rather than refused, as the hosted API does (its SDK sends 9999). */
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
    listToolkits: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of the slug, name or description. */
                search?: components["parameters"]["ToolkitSearch"];
                /** @description Only toolkits in this category. */
                category?: components["parameters"]["ToolkitCategory"];
                /** @description Only toolkits of this kind. */
                kind?: components["parameters"]["ToolkitKindFilter"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page: at most 1000; a larger value is lowered to 1000 rather than refused, as the hosted API does (its SDK sends 9999). */
                limit?: components["parameters"]["CursorLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of toolkits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolkitList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createToolkit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateToolkitRequest"];
            };
        };
        responses: {
            /** @description The toolkit. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolkitDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listToolkitCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The categories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolkitCategoryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getToolkit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The toolkit's slug (matched case-insensitively). */
                slug: components["parameters"]["ToolkitSlugPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The toolkit, with its source when custom. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolkitDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteToolkit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The toolkit's slug (matched case-insensitively). */
                slug: components["parameters"]["ToolkitSlugPath"];
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
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateToolkit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The toolkit's slug (matched case-insensitively). */
                slug: components["parameters"]["ToolkitSlugPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateToolkitRequest"];
            };
        };
        responses: {
            /** @description The updated toolkit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolkitDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listTools: {
        parameters: {
            query?: {
                /** @description Only tools of this toolkit, or of these (comma-separated, as the hosted SDK sends `toolkits`). */
                toolkit_slug?: components["parameters"]["ToolListToolkitSlug"];
                /** @description Case-insensitive substring of the slug, name or description. */
                search?: components["parameters"]["ToolSearch"];
                /** @description Comma-separated tool slugs; only these tools. */
                tool_slugs?: components["parameters"]["ToolSlugs"];
                /** @description Comma-separated tags; a tool matches when it has any of them. */
                tags?: components["parameters"]["ToolTags"];
                /** @description Comma-separated auth config ids; only tools of their toolkits (unknown ids match nothing). */
                auth_config_ids?: components["parameters"]["ToolAuthConfigIds"];
                /**
                 * @description As the hosted SDK sends it: `latest`, or one version for every toolkit. `toolkit_versions[<slug>]=<version>`
                 *     pins one toolkit. Only the current version exists; another is refused with 404 `version_not_found`.
                 */
                toolkit_versions?: components["parameters"]["ToolkitVersions"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page: at most 1000; a larger value is lowered to 1000 rather than refused, as the hosted API does (its SDK sends 9999). */
                limit?: components["parameters"]["CursorLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listToolSlugs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slugs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getTool: {
        parameters: {
            query?: {
                /** @description A toolkit version to pin, or `latest`; 404 `version_not_found` for one the toolkit does not have. */
                version?: components["parameters"]["ToolVersion"];
                /**
                 * @description As the hosted SDK sends it: `latest`, or one version for every toolkit. `toolkit_versions[<slug>]=<version>`
                 *     pins one toolkit. Only the current version exists; another is refused with 404 `version_not_found`.
                 */
                toolkit_versions?: components["parameters"]["ToolkitVersions"];
            };
            header?: never;
            path: {
                /** @description The tool's slug (matched case-insensitively). */
                tool_slug: components["parameters"]["ToolSlugPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tool"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    executeTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tool's slug (matched case-insensitively). */
                tool_slug: components["parameters"]["ToolSlugPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExecuteToolRequest"];
            };
        };
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecuteToolResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    listAuthConfigs: {
        parameters: {
            query?: {
                /** @description Only auth configs of this toolkit. */
                toolkit_slug?: components["parameters"]["AuthConfigToolkitSlug"];
                /** @description Only managed (true) or only custom (false) auth configs. */
                is_composio_managed?: components["parameters"]["IsComposioManaged"];
                /** @description Case-insensitive substring of the name. */
                search?: components["parameters"]["AuthConfigSearch"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page: at most 1000; a larger value is lowered to 1000 rather than refused, as the hosted API does (its SDK sends 9999). */
                limit?: components["parameters"]["CursorLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of auth configs (secrets masked). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthConfigList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAuthConfigRequest"];
            };
        };
        responses: {
            /** @description The new auth config's id and scheme. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAuthConfigResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The auth config's id. */
                id: components["parameters"]["AuthConfigIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The auth config (secrets masked). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The auth config's id. */
                id: components["parameters"]["AuthConfigIdPath"];
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
    updateAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The auth config's id. */
                id: components["parameters"]["AuthConfigIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAuthConfigRequest"];
            };
        };
        responses: {
            /** @description The updated auth config (secrets masked). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateAuthConfigStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The auth config's id. */
                id: components["parameters"]["AuthConfigIdPath"];
                status: components["parameters"]["AuthConfigStatusPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listConnectedAccounts: {
        parameters: {
            query?: {
                /** @description Comma-separated user ids. */
                user_ids?: components["parameters"]["UserIds"];
                /** @description Comma-separated toolkit slugs. */
                toolkit_slugs?: components["parameters"]["ToolkitSlugs"];
                /** @description Comma-separated statuses, e.g. `ACTIVE,EXPIRED`. */
                statuses?: components["parameters"]["Statuses"];
                /** @description Comma-separated auth config ids. */
                auth_config_ids?: components["parameters"]["AuthConfigIds"];
                order_by?: components["parameters"]["ConnectedAccountOrderBy"];
                order_direction?: components["parameters"]["OrderDirection"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page: at most 1000; a larger value is lowered to 1000 rather than refused, as the hosted API does (its SDK sends 9999). */
                limit?: components["parameters"]["CursorLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of connected accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectedAccountList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createConnectedAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConnectedAccountRequest"];
            };
        };
        responses: {
            /** @description The new connected account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateConnectedAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createConnectedAccountLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConnectedAccountLinkRequest"];
            };
        };
        responses: {
            /** @description The account and its link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectedAccountLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getConnectedAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connected account's id. */
                id: components["parameters"]["ConnectedAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connected account (never its tokens). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectedAccount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteConnectedAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connected account's id. */
                id: components["parameters"]["ConnectedAccountIdPath"];
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
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    refreshConnectedAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connected account's id. */
                id: components["parameters"]["ConnectedAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's state after the refresh. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefreshConnectedAccountResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateConnectedAccountStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connected account's id. */
                id: components["parameters"]["ConnectedAccountIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateConnectedAccountStatusRequest"];
            };
        };
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listToolCalls: {
        parameters: {
            query?: {
                /** @description Only calls through this MCP server. */
                server_id?: components["parameters"]["ToolCallServerId"];
                /** @description Only this user's calls. */
                user_id?: components["parameters"]["ToolCallUserId"];
                /** @description Only calls made in this tool session. */
                session_id?: components["parameters"]["ToolCallSessionId"];
                tool_slug?: components["parameters"]["ToolCallToolSlug"];
                toolkit_slug?: components["parameters"]["ToolCallToolkitSlug"];
                outcome?: components["parameters"]["ToolCallOutcomeFilter"];
                /** @description Only calls started at or after this time. */
                since?: components["parameters"]["Since"];
                /** @description Only calls started before this time. */
                until?: components["parameters"]["Until"];
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Items per page: at most 1000; a larger value is lowered to 1000 rather than refused, as the hosted API does (its SDK sends 9999). */
                limit?: components["parameters"]["CursorLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of calls. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolCallList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getToolCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call's id. */
                id: components["parameters"]["ToolCallIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolCall"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createToolRouterSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateToolRouterSessionRequest"];
            };
        };
        responses: {
            /** @description Create a tool session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getToolRouterSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Get a tool session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteToolRouterSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delete a tool session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedToolRouterSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateToolRouterSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateToolRouterSessionRequest"];
            };
        };
        responses: {
            /** @description Change a tool session's config. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listToolRouterConfigHistory: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description At most 100 (a larger value is lowered). */
                limit?: components["parameters"]["HistoryLimit"];
            };
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List a session's config versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterConfigHistory"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listToolRouterTools: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description At most 500 (a larger value is lowered). */
                limit?: components["parameters"]["ToolsLimit"];
            };
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List the tools a session serves. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listToolRouterToolkits: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description At most 50 (a larger value is lowered). */
                limit?: components["parameters"]["ToolkitsLimit"];
                /** @description Case-insensitive substring of the toolkit's slug or name. */
                search?: components["parameters"]["ToolkitsSearch"];
                is_connected?: components["parameters"]["IsConnected"];
                /** @description Comma-separated toolkit slugs: exactly these (overriding the session's filter). */
                toolkits?: components["parameters"]["ToolkitsList"];
            };
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List a session's toolkits with the user's connection state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterToolkitList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    searchToolRouterTools: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToolRouterSearchRequest"];
            };
        };
        responses: {
            /** @description Search the tools a session allows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterSearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    executeToolRouterTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToolRouterExecuteRequest"];
            };
        };
        responses: {
            /** @description Run a tool as the session's user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterExecuteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    executeToolRouterMetaTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToolRouterExecuteMetaRequest"];
            };
        };
        responses: {
            /** @description Run one of the session's meta-tools. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterExecuteResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    linkToolRouterToolkit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ToolRouterLinkRequest"];
            };
        };
        responses: {
            /** @description Start connecting the user to a toolkit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterLinkResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createToolRouterSessionToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: components["parameters"]["SessionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Issue a token for the session's MCP URL. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToolRouterSessionToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
