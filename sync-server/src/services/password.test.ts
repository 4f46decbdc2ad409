import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies with the real parameters, which travel with a per-user salt', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(new RegExp(`^scrypt\\$${DEFAULT_SCRYPT.N}\\$8\\$1\\$[\\w-]{22}\\$[\\w-]{43}$`, 'u'));
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  });

  it.each(['', 'plain', 'scrypt$0$8$1$c2FsdA$aGFzaA', `scrypt$${2 ** 30}$8$1$c2FsdA$${'A'.repeat(43)}`, 'scrypt$1024$8$1$$x', 'bcrypt$1$2$3$4$5'])(
    'refuses a malformed or absurd stored hash %j without throwing',
    async (stored) => {
      expect(await verifyPassword('anything', stored)).toBe(false);
    },
  );
});
