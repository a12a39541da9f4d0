using System.Globalization;

namespace Orleans.Clinical.Load;

public sealed record LoadOptions(Uri Gateway, int Sessions, int InputsPerSession, int Concurrency, IReadOnlyDictionary<string, int> Pids)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        var pids = Value("--pids", "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        return new LoadOptions(
            new Uri(Value("--url", "http://127.0.0.1:5080")),
            int.Parse(Value("--sessions", "100"), CultureInfo.InvariantCulture),
            int.Parse(Value("--inputs", "5"), CultureInfo.InvariantCulture),
            int.Parse(Value("--concurrency", "100"), CultureInfo.InvariantCulture),
            pids);
    }
}
