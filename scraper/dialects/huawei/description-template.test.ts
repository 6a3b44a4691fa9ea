import { describe, expect, it } from "vitest";
import { readDescriptionTemplate } from "./description-template.js";
import { HUAWEI_LABELS } from "./labels.js";

describe("description cells in labelled parts (Definition / Constraints / Range / Default value)", () => {
  const read = (text: string) => readDescriptionTemplate(text, HUAWEI_LABELS);

  it("keeps the definition as the description and drops the parts that say N/A", () => {
    expect(read("Definition: Specifies the project ID.\nConstraints: N/A\nRange: The value can contain a maximum of 32 characters.\nDefault value: N/A")).toBe(
      "Specifies the project ID.\nRange: The value can contain a maximum of 32 characters.",
    );
  });

  it("reads the parts of a capture that ran them together on one line, without colons", () => {
    expect(read("Definition Specifies the ECS information. For details, see Table 3. Range N/A")).toBe("Specifies the ECS information. For details, see Table 3.");
    expect(read("Definition Specifies the ECS status. Range ACTIVE, BUILD and ERROR")).toBe("Specifies the ECS status.\nRange: ACTIVE, BUILD and ERROR");
    expect(read("Definition Listeners to delete.\nConstraints: At most 10 at a time.\nDefault value: 10")).toBe("Listeners to delete.\nConstraints: At most 10 at a time.\nDefault value: 10");
  });

  it("leaves other text alone, including a range word inside a sentence", () => {
    expect(read("Specifies the port range. Range N/A")).toBe("Specifies the port range. Range N/A");
    expect(read("Definition: the port range of the rule")).toBe("Definition: the port range of the rule");
  });
});
