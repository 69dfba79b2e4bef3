import { createHmac, randomUUID } from "node:crypto";

/**
 * A bearer token for a user, signed the way the server under test accepts: HS256 with its secret, its
 * issuer, and sub, iat and exp. The one place that knows how tokens are made, so it is the one place
 * to change when tokens come from signing in instead.
 */
export function tokenFor(subject: string, secret: string, issuer: string): string {
  const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: "HS256", typ: "JWT" })}.${encode({
    sub: subject,
    iss: issuer,
    iat: now,
    exp: now + 15 * 60,
    jti: randomUUID(),
  })}`;
  const signature = createHmac("sha256", secret).update(unsigned).digest("base64url");
  return `${unsigned}.${signature}`;
}
