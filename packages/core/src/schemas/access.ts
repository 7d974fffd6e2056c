import { z } from 'zod';

export const createApiKeyRequest = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const createProjectRequest = z.strictObject({ name: z.string().trim().min(1).max(100) });
