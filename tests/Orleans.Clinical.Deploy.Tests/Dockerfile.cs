namespace Orleans.Clinical.Deploy.Tests;

/// <summary>A parsed Dockerfile: instructions with line continuations joined, grouped by build stage.</summary>
public sealed record Dockerfile(string Path, IReadOnlyList<DockerStage> Stages)
{
    public DockerStage Final => Stages[^1];

    public static Dockerfile Load(string relative)
    {
        var stages = new List<DockerStage>();
        var logical = "";
        foreach (var raw in RepositoryFiles.Read(relative).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (logical.Length == 0 && line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                logical += line[..^1] + " ";
                continue;
            }

            logical += line;
            if (logical.Trim().Length > 0)
            {
                var text = logical.Trim();
                var space = text.IndexOf(' ');
                var instruction = new DockerInstruction(text[..space].ToUpperInvariant(), text[(space + 1)..].Trim());
                if (instruction.Name == "FROM")
                {
                    var parts = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    stages.Add(new DockerStage(parts[0], parts.Length >= 3 && parts[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : null, new List<DockerInstruction>()));
                }
                else if (stages.Count > 0)
                {
                    ((List<DockerInstruction>)stages[^1].Instructions).Add(instruction);
                }
            }

            logical = "";
        }

        return new Dockerfile(relative, stages);
    }
}

public sealed record DockerStage(string Image, string? Name, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<DockerInstruction> All(string name) => Instructions.Where(i => i.Name == name);

    /// <summary>ENV names, from both "ENV A=1 B=2" and the older "ENV A 1".</summary>
    public IEnumerable<string> EnvironmentNames() => All("ENV").SelectMany(e =>
        e.Arguments.Contains('=')
            ? e.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Contains('=')).Select(p => p[..p.IndexOf('=')])
            : [e.Arguments.Split(' ')[0]]);
}

public sealed record DockerInstruction(string Name, string Arguments)
{
    /// <summary>COPY sources and destination, options (--from=...) removed.</summary>
    public IReadOnlyList<string> Paths => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("--", StringComparison.Ordinal)).ToArray();

    public bool CopiesFromStage => Arguments.Contains("--from=", StringComparison.Ordinal);
}
