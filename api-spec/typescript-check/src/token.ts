import type { Client } from "openapi-fetch";
import type { paths } from "../generated/taskapi.js";

/**
 * A bearer token the way a frontend gets one from the built-in identity provider: register an account
 * (which signs it in), then sign in again with the same email and password. Both calls are typed by
 * the spec, like every other call of the check.
 */
export async function signIn(api: Client<paths>, email: string, password: string): Promise<string> {
  const registered = await api.POST("/api/v1/auth/register", { body: { email, password } });
  if (registered.response.status !== 201 || registered.data === undefined) {
    throw new Error(`register answered ${registered.response.status}`);
  }
  const login = await api.POST("/api/v1/auth/login", { body: { email, password } });
  if (login.response.status !== 200 || login.data === undefined) {
    throw new Error(`login answered ${login.response.status}`);
  }
  if (login.data.token_type !== "bearer" || login.data.expires_in <= 0) {
    throw new Error("login did not answer a bearer token pair");
  }
  return login.data.access_token;
}
