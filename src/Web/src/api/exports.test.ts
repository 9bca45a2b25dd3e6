import { expect, test } from "vitest";
import { exportPaths, fileNameFrom } from "./exports";

test("the UTF-8 file name is preferred, with its Danish letters", () => {
  expect(
    fileNameFrom(
      "attachment; filename=\"Aeroe-styregruppe-udviklingsplan-2026-11-23.csv\"; filename*=UTF-8''%C3%86r%C3%B8-styregruppe-udviklingsplan-2026-11-23.csv",
      "eksport.csv",
    ),
  ).toBe("Ærø-styregruppe-udviklingsplan-2026-11-23.csv");
});

test("without filename* the ASCII name is used, quoted or not", () => {
  expect(fileNameFrom('attachment; filename="Herning-plan.xlsx"', "eksport.xlsx")).toBe("Herning-plan.xlsx");
  expect(fileNameFrom("attachment; filename=Herning-plan.xlsx", "eksport.xlsx")).toBe("Herning-plan.xlsx");
});

test("a missing or broken header gives the fallback", () => {
  expect(fileNameFrom(null, "eksport.csv")).toBe("eksport.csv");
  expect(fileNameFrom("attachment", "eksport.csv")).toBe("eksport.csv");
  expect(fileNameFrom("attachment; filename*=UTF-8''%E0%A4%A; filename=\"ok.csv\"", "eksport.csv")).toBe("ok.csv");
});

test("export paths escape the code and the slug", () => {
  expect(exportPaths.developmentPlan("657")).toBe("/exports/657/styregruppe/udviklingsplan");
  expect(exportPaths.implementationPlan("657", "bo støtte")).toBe("/exports/657/implementeringsgrupper/bo%20st%C3%B8tte/plan");
  expect(exportPaths.implementationDecisions("657", "cafe")).toBe("/exports/657/implementeringsgrupper/cafe/beslutninger");
});
