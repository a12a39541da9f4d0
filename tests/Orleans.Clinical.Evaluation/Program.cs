using Orleans.Clinical.Evaluation;

var evaluations = typeof(IEvaluation).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEvaluation).IsAssignableFrom(t))
    .Select(t => (IEvaluation)Activator.CreateInstance(t)!)
    .OrderBy(e => e.Name)
    .ToArray();

var which = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var dataIndex = Array.IndexOf(args, "--data");
var data = EvaluationData.Locate(dataIndex >= 0 && dataIndex + 1 < args.Length ? args[dataIndex + 1] : null);

var selected = which == "all" ? evaluations : evaluations.Where(e => e.Name == which).ToArray();
if (selected.Length == 0)
{
    Console.Error.WriteLine($"Unknown evaluation '{which}'. Known: all, {string.Join(", ", evaluations.Select(e => e.Name))}");
    return 2;
}

Console.WriteLine($"Evaluation data: {data}");
foreach (var evaluation in selected)
{
    var report = evaluation.Run(data);
    Console.WriteLine();
    Console.WriteLine($"## {report.Name}");
    Console.WriteLine(report.Table);
}

return 0;
