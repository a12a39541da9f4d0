using System.Runtime.CompilerServices;
using Orleans.Clinical.Evaluation;

namespace Orleans.Clinical.Analysis.Language.Tests;

/// <summary>
/// The labelled data directory: the evaluation host's search, else (when the build output lives outside the
/// repository) the shared set beside the repository or the copy kept in it, found from these sources.
/// </summary>
internal static class TestData
{
    public static string Directory([CallerFilePath] string sourceFile = "")
    {
        try
        {
            return EvaluationData.Locate();
        }
        catch (DirectoryNotFoundException)
        {
            var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", ".."));
            var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "dev"));
            if (File.Exists(Path.Combine(shared, "emergency.jsonl"))) return shared;
            var vendored = Path.Combine(root, "tests", "data", "eval-dev");
            return System.IO.Directory.Exists(vendored)
                ? vendored
                : throw new DirectoryNotFoundException("No evaluation data beside the repository or in tests/data/eval-dev.");
        }
    }
}
