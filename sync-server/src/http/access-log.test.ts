import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { accessLog } from './access-log';

function appWithLog() {
  const lines: string[] = [];
  const app = express();
  app.use(accessLog((line) => lines.push(line)));
  app.post('/api/records/:id', (_req, res) => {
    res.status(201).json({ ok: true });
  });
  app.get('/assets/app.js', (_req, res) => {
    res.type('js').send('');
  });
  return { app, lines };
}

describe('access log', () => {
  it('logs an API request by its route pattern, without the URL, body or names', async () => {
    const { app, lines } = appWithLog();
    await request(app).post('/api/records/4f6c?name=山田').send({ familyName: '山田' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/api\/records\/:id 201 [\d.]+ms user=-$/u);
  });

  it('does not log the static files a page load fetches', async () => {
    const { app, lines } = appWithLog();
    await request(app).get('/assets/app.js');
    await request(app).get('/apiary.html');
    expect(lines).toEqual([]);
  });
});
