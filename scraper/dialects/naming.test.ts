import { describe, expect, it } from "vitest";
import { operationIdFrom } from "./naming.js";

describe("operationIdFrom", () => {
  const cases: Array<[string, string]> = [
    ["CancelArchiving", "cancelArchiving"],
    ["List Backup Agents", "listBackupAgents"],
    ["Create a snapshot", "createASnapshot"],
    ["Show Backup Agent Install File Path", "showBackupAgentInstallFilePath"],
    ["Restoring a Disk Using a VBS Backup (Native OpenStack API)", "restoringADiskUsingAVbsBackup"],
    ["Set Volume QoS", "setVolumeQoS"],
    ["2FA Setup", "op2FaSetup"],
    ["(only a parenthetical)", "onlyAParenthetical"],
  ];
  for (const [given, want] of cases) it(given, () => expect(operationIdFrom(given)).toBe(want));
});
