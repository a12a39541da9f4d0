namespace Orleans.Clinical.Analysis.Language;

public enum ContextCategory : byte
{
    Negated,
    Historical,
    Family,
    Hypothetical,
    Possible,

    /// <summary>Looks like a trigger but is not one ("no increase", "gram negative"); matched only to block shorter triggers.</summary>
    Pseudo,

    /// <summary>Ends the scope of triggers ("but", "however").</summary>
    Terminate,

    /// <summary>Marks the present encounter ("this morning", "now"): a relative with a current event is the patient.</summary>
    Current,
}

public enum ContextDirection : byte
{
    Forward,
    Backward,
    Both,

    /// <summary>The trigger is itself the negated mention ("NKDA").</summary>
    Self,
}

/// <summary>A ConText trigger: its category, which way its scope runs and how many words it reaches.</summary>
public sealed record ContextTrigger(ContextCategory Category, ContextDirection Direction, int Window, bool Weak = false, ContextFlags Terminates = ContextFlags.None);

/// <summary>A trigger found in a text, tokens [First, End).</summary>
public readonly record struct ContextTriggerMatch(int First, int End, ContextTrigger Trigger);
