import { z } from 'zod';
import { userId } from './mcp-servers.js';

// Bodies mirror openapi/components/oauth.yaml; test/schema-types.check.ts fails to compile if the two drift.

const loginUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http or https URL' })
  .max(2048, { message: 'must be at most 2048 characters' });

export const oauthSettings = z.strictObject({ login_url: loginUrl.nullable() });

export const oauthSignInDecision = z
  .strictObject({ user_id: userId.optional(), deny: z.boolean().optional() })
  .refine((body) => (body.deny === true) !== (body.user_id !== undefined), {
    message: 'give user_id to approve, or deny: true to deny (not both)',
  });

export const listOAuthGrantsQuery = z.object({ user_id: userId.optional() });
export const grantId = z.string().min(1).max(100);
export const signInId = z.string().min(20).max(100);
