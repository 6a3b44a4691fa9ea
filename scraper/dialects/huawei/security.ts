/**
 * Huawei Cloud APIs (the native OpenStack ones included) are called with an IAM token in the
 * X-Auth-Token header: one apiKey security scheme for the whole service, not a parameter per operation.
 */
import type { SecuritySchemeInfo } from "../../api-model.js";

export function huaweiSecurity(): { schemes: SecuritySchemeInfo[]; requirement: string[][] } {
  return {
    schemes: [
      {
        name: "XAuthToken",
        scheme: { type: "apiKey", in: "header", name: "X-Auth-Token", description: "IAM user token (from the Identity and Access Management token API)." },
      },
    ],
    requirement: [["XAuthToken"]],
  };
}
