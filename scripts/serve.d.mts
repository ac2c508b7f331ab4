import type { Server } from 'node:http';
export function serve(options?: { dir?: string; port?: number; host?: string }): Promise<{ server: Server; url: string }>;
