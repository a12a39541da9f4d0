namespace Orleans.Clinical.Testing;

public static class RepositoryPaths
{
    /// <summary>The directory holding Orleans.Clinical.slnx, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration this test assembly was built with.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Name is { } name && name is "Debug" or "Release" ? name : "Release";

    /// <summary>The built assembly of a product project, e.g. ("silo", "Orleans.Clinical.Silo").</summary>
    public static string BuiltAssembly(string folder, string assemblyName)
    {
        var path = Path.Combine(Root, folder, "bin", Configuration, "net10.0", assemblyName + ".dll");
        if (File.Exists(path))
        {
            return path;
        }

        // Artifacts layout: <artifacts>/bin/<project>/<configuration>/ beside this test assembly's folder.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var sibling = Path.Combine(here.Parent!.Parent!.FullName, assemblyName, here.Name, assemblyName + ".dll");
        return File.Exists(sibling)
            ? sibling
            : throw new FileNotFoundException($"{assemblyName} is not built for {Configuration}; build the solution first (./test.sh does).", path);
    }

    private static string FindRoot()
    {
        // Builds with an artifacts path put the tests outside the repository: CLINICAL_REPO_ROOT says where it is.
        var starts = new[] { Environment.GetEnvironmentVariable("CLINICAL_REPO_ROOT"), AppContext.BaseDirectory, Environment.CurrentDirectory };
        foreach (var start in starts.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Orleans.Clinical.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Orleans.Clinical.slnx not found above " + AppContext.BaseDirectory);
    }
}
