// The main flow of a PMO's software, written against the TypeScript client that openapi-typescript makes from the
// contract (types) and openapi-fetch (calls): a token, the agreements and the perimeter, keys with a refused step and
// their report, the operator's curves and calculation, then the published curves and energies. `tsc --noEmit` checks it
// against the generated types first, so a contract change that breaks typed callers fails. Run by TypeScriptClientIT
// with ACC_BASE_URL, ACC_OPERATOR_ID and ACC_OPERATOR_SECRET.
import assert from "node:assert/strict";
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../generated/api.js";

type KeyValue = components["schemas"]["KeyValue"];

const baseUrl = required("ACC_BASE_URL").replace(/\/$/, "");
const NOW = "2025-03-03T10:00:00+01:00";
const START = "2025-01-01";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** A client of the contract, sending this token as its bearer. */
function clientWith(token?: string) {
  const client = createClient<paths>({ baseUrl });
  if (token) {
    const bearer: Middleware = {
      onRequest({ request }) {
        request.headers.set("Authorization", `Bearer ${token}`);
        return request;
      },
    };
    client.use(bearer);
  }
  return client;
}

/** The data of a successful answer, or a failure naming the call, its status and the error body. */
function ok<T>(call: string, answer: { data?: T; error?: unknown; response: Response }): T {
  if (!answer.response.ok || answer.data === undefined) {
    throw new Error(`${call}: ${answer.response.status} ${JSON.stringify(answer.error)}`);
  }
  return answer.data;
}

/** The JSON form of an answer that may also come as a file (CSV, a workbook). */
function json<T>(call: string, data: T): Exclude<T, string> {
  if (typeof data === "string") throw new Error(`${call}: a file where JSON was expected`);
  return data as Exclude<T, string>;
}

async function token(clientId: string, secret: string): Promise<string> {
  const answer = await clientWith().POST("/oauth2/v3/token", {
    body: { grant_type: "client_credentials", client_id: clientId, client_secret: secret },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  return ok("token", answer).access_token;
}

function digits(first: string): string {
  return first + String(Math.floor(Math.random() * 1e13)).padStart(13, "0");
}

/** The 96 steps of a winter day, from its local midnight. */
function stepsOf(day: string): string[] {
  const midnight = Date.parse(`${day}T00:00:00+01:00`);
  return Array.from({ length: 96 }, (_, k) =>
    new Date(midnight + k * 15 * 60_000).toISOString().replace(".000Z", "Z"));
}

async function main(): Promise<void> {
  const operator = clientWith(await token(required("ACC_OPERATOR_ID"), required("ACC_OPERATOR_SECRET")));
  ok("clock", await operator.PUT("/operator/v1/clock", { body: { now: NOW } }));
  try {
    const siret = digits("8");
    const agreement = ok("agreement", await operator.POST("/operator/v1/agreements", {
      body: { name: "Client TypeScript", key_type: "DYNAMIC_SIMPLE", start_date: START,
        pmo: { name: "PMO TypeScript", siret } },
    }));
    const id = agreement.agreement_id;
    const consumers = [digits("1"), digits("1")].sort();
    const producer = digits("3");
    for (const [prm, role] of [...consumers.map((c) => [c, "cons"] as const), [producer, "prod"] as const]) {
      ok(`attach ${prm}`, await operator.PUT("/operator/v1/agreements/{agreement_id}/participants/{usage_point_id}/{role}",
        { params: { path: { agreement_id: id, usage_point_id: prm, role } }, body: { start: START, name: "Site" } }));
    }
    ok("activate", await operator.PUT("/operator/v1/agreements/{agreement_id}", {
      params: { path: { agreement_id: id } }, body: { status: "ACTIVE" },
    }));
    const created = ok("pmo client", await operator.POST("/operator/v1/clients", {
      body: { role: "pmo", pmo_siret: siret },
    }));
    const pmo = clientWith(await token(created.client_id, created.client_secret!));

    const listed = ok("agreements", await pmo.GET("/collective_self_consumption/v4/agreements"));
    assert.deepEqual(listed.agreements.map((a) => a.agreement_id), [id]);
    const perimeter = json("perimeter", ok("perimeter", await pmo.GET("/collective_self_consumption/v4/agreements/{agreement_id}/perimeter",
      { params: { path: { agreement_id: id }, query: { date: "2025-02-10" } } })));
    assert.equal(perimeter.participants.length, 3);

    const steps = stepsOf("2025-02-10");
    const keys = (a: number, b: number): KeyValue[] =>
      [{ usage_point_id: consumers[0]!, coefficient: a }, { usage_point_id: consumers[1]!, coefficient: b }];
    const report = ok("keys", await pmo.POST("/collective_self_consumption/v4/agreements/{agreement_id}/repartition_keys", {
      params: { path: { agreement_id: id } },
      body: { key_type: "DYNAMIC_SIMPLE", steps: steps.map((start, k) => ({ start, keys: k === 0 ? keys(60, 50) : keys(40, 60) })) },
    }));
    assert.equal(report.accepted, 95);
    assert.equal(report.rejected, 1);
    assert.equal(report.steps[0]?.rejections[0]?.code, "SUM_OVER_100");
    const again = ok("report", await pmo.GET(
      "/collective_self_consumption/v4/agreements/{agreement_id}/repartition_keys/submissions/{submission_id}",
      { params: { path: { agreement_id: id, submission_id: report.submission_id } } }));
    assert.equal(again.accepted, 95);

    const readings = (watts: number) => stepsOf("2025-02-10").map((start) => ({ start, value: watts }));
    ok("curves", await operator.PUT("/operator/v1/agreements/{agreement_id}/raw_load_curves", {
      params: { path: { agreement_id: id } },
      body: { curves: [
        { usage_point_id: consumers[0]!, type: "cons", interval_reading: readings(1_000) },
        { usage_point_id: consumers[1]!, type: "cons", interval_reading: readings(1_000) },
        { usage_point_id: producer, type: "prod", interval_reading: readings(1_000) },
      ] },
    }));
    const run = ok("calculation", await operator.POST("/operator/v1/agreements/{agreement_id}/calculations", {
      params: { path: { agreement_id: id } }, body: { period_start: "2025-02-01" },
    }));
    assert.equal(run.status, "COMPLETED");

    const curves = json("published curves", ok("published curves", await pmo.GET(
      "/collective_self_consumption/v4/agreements/{agreement_id}/definitive_load_curves",
      { params: { path: { agreement_id: id },
        query: { start: "2025-02-10T10:00:00+01:00", end: "2025-02-10T10:15:00+01:00", usage_point_id: consumers[1] } } })));
    const autocons = curves.curves.find((curve) => curve.type === "autocons");
    assert.equal(autocons?.interval_reading[0]?.value, 600, "60 % of the 1,000 W produced");
    const energy = ok("energies", await pmo.GET(
      "/collective_self_consumption/v4/agreements/{agreement_id}/definitive_active_energy/cons/{usage_point_id}",
      { params: { path: { agreement_id: id, usage_point_id: consumers[1]! },
        query: { start: "2025-02-10", end: "2025-02-11" } } }));
    console.log(`TypeScript flow: ${id}, ${report.accepted} steps accepted and 1 refused, calculation ${run.calculation_id}, `
      + `energies ${JSON.stringify(energy).length} bytes`);
  } finally {
    const reset = await operator.DELETE("/operator/v1/clock");
    assert.ok(reset.response.ok, `clock reset: ${reset.response.status}`);
  }
}

main().catch((failure) => {
  console.error(failure);
  process.exit(1);
});
