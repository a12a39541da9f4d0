namespace Orleans.Clinical.Evaluation;

/// <summary>
/// One evaluation over labelled data. Implementations have a parameterless constructor and are
/// found by reflection, so adding one needs no change elsewhere.
/// </summary>
public interface IEvaluation
{
    /// <summary>Short name used on the command line: phi, emergency, entities, ddx, evidence.</summary>
    string Name { get; }

    EvaluationReport Run(string dataDirectory);
}

/// <summary>Named metrics (for threshold tests) and a printable table (for people).</summary>
public sealed record EvaluationReport(string Name, IReadOnlyDictionary<string, double> Metrics, string Table);
