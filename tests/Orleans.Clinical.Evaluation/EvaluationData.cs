using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Orleans.Clinical.Evaluation;

/// <summary>
/// Finds the labelled evaluation data. Order: the directory given, the environment variable
/// CLINICAL_EVAL_DIR, the shared set beside the repository (../shared/eval/dev), then the copy
/// kept in the repository (tests/data/eval-dev) so a clean clone can always evaluate.
/// </summary>
public static class EvaluationData
{
    public static string Locate(string? explicitDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return Directory.Exists(explicitDirectory)
                ? Path.GetFullPath(explicitDirectory)
                : throw new DirectoryNotFoundException($"Evaluation data directory not found: {explicitDirectory}");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("CLINICAL_EVAL_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var root = RepositoryRoot();
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "dev"));
        if (File.Exists(Path.Combine(shared, "emergency.jsonl")))
        {
            return shared;
        }

        var vendored = Path.Combine(root, "tests", "data", "eval-dev");
        return Directory.Exists(vendored)
            ? vendored
            : throw new DirectoryNotFoundException("No evaluation data: set CLINICAL_EVAL_DIR or pass --data.");
    }

    /// <summary>The directory that holds Orleans.Clinical.slnx, found upwards from the running assembly.</summary>
    public static string RepositoryRoot()
    {
        // Builds with an artifacts path put the binaries outside the repository: then CLINICAL_REPO_ROOT, the
        // working directory or, on the machine that built it, this source file's own location tells where it is.
        var starts = new[] { Environment.GetEnvironmentVariable("CLINICAL_REPO_ROOT"), AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory() };
        foreach (var start in starts.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                if (dir.EnumerateFiles("Orleans.Clinical.sln*").Any())
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Repository root (Orleans.Clinical.slnx) not found above " + AppContext.BaseDirectory);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
    };

    /// <summary>Reads a JSON Lines file of the data directory into records of type T (snake_case fields).</summary>
    public static IReadOnlyList<T> ReadJsonLines<T>(string dataDirectory, string fileName)
    {
        var path = Path.Combine(dataDirectory, fileName);
        return File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<T>(line, Json)
                ?? throw new InvalidDataException($"Empty record in {fileName}"))
            .ToArray();
    }

    /// <summary>
    /// Converts a Python code-point offset (as the data files use) to a UTF-16 offset into <paramref name="text"/>.
    /// </summary>
    public static int Utf16Offset(string text, int codePointOffset)
    {
        var utf16 = 0;
        for (var cp = 0; cp < codePointOffset && utf16 < text.Length; cp++)
        {
            utf16 += char.IsHighSurrogate(text[utf16]) && utf16 + 1 < text.Length ? 2 : 1;
        }

        return utf16;
    }
}
