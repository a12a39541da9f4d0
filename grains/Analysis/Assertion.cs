namespace Orleans.Clinical.Analysis;

/// <summary>Assertion status of a clinical mention (NegEx/ConText), as named in the wire protocol.</summary>
public enum Assertion
{
    Present,
    Negated,
    Historical,
    Family,
    Hypothetical,
    Possible,
}

public static class AssertionNames
{
    public static string ToWire(this Assertion assertion) => assertion switch
    {
        Assertion.Present => "present",
        Assertion.Negated => "negated",
        Assertion.Historical => "historical",
        Assertion.Family => "family",
        Assertion.Hypothetical => "hypothetical",
        Assertion.Possible => "possible",
        _ => "present",
    };

    public static Assertion Parse(string value) => value switch
    {
        "negated" => Assertion.Negated,
        "historical" => Assertion.Historical,
        "family" => Assertion.Family,
        "hypothetical" => Assertion.Hypothetical,
        "possible" => Assertion.Possible,
        _ => Assertion.Present,
    };
}
