using System.Runtime.CompilerServices;
using Orleans.Clinical.Evaluation;

namespace Orleans.Clinical.Analysis.Entities.Tests;

/// <summary>The labelled data directory: the evaluation host's search, else the copy kept beside these sources.</summary>
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
            var vendored = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "data", "eval-dev"));
            if (!System.IO.Directory.Exists(vendored)) throw;
            return vendored;
        }
    }
}
