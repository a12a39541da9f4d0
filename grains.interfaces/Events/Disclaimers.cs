namespace Orleans.Clinical.Grains.Interfaces;

public static class Disclaimers
{
    public const string Medical =
        "Clinical decision support only, not a diagnosis. It does not replace the judgement of a qualified clinician, "
        + "who remains responsible for assessment and treatment. In an emergency, follow local emergency procedures.";

    public const string Evidence =
        "Evidence statements are paraphrased summaries of published guidelines from an offline corpus; they may be "
        + "out of date or not apply to this patient. Check the current guideline before acting.";

    public const string SessionMessage =
        "Session started. Inputs are de-identified before analysis; identifiers are never stored.";
}
