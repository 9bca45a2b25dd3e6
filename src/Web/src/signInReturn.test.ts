import { describe, expect, it } from "vitest";
import { readSignInReturn } from "./signInReturn";

describe("readSignInReturn", () => {
  it("takes the token from the fragment", () => {
    expect(readSignInReturn("#token=aaa.bbb.ccc")).toEqual({ token: "aaa.bbb.ccc" });
  });

  it("explains a refusal in Danish and gives no token", () => {
    const result = readSignInReturn("#fejl=NO_ROLE");
    expect(result).not.toHaveProperty("token");
    expect(result).toEqual({ refusal: expect.stringContaining("ingen rolle i Recovery") });
    expect(readSignInReturn("#fejl=NO_MUNICIPALITY")).toEqual({ refusal: expect.stringContaining("hvilken kommune") });
  });

  it("treats an unknown code as a failed sign-in", () => {
    expect(readSignInReturn("#fejl=SOMETHING_NEW")).toEqual({ refusal: "Log-ind blev ikke gennemført. Prøv igen." });
  });

  it("finds nothing in an empty or unrelated fragment", () => {
    expect(readSignInReturn("")).toBeNull();
    expect(readSignInReturn("#main")).toBeNull();
  });
});
