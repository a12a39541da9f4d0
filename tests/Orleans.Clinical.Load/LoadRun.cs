using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Orleans.Clinical.Testing;

namespace Orleans.Clinical.Load;

/// <summary>
/// Opens the sessions, then every session sends its inputs one after another (alternating an emergency and a
/// routine note) and times each from send to its emergency_alert or clinical_synthesis. All sessions stay open
/// until the end, when the RSS of the given processes is read.
/// </summary>
public static class LoadRun
{
    private static readonly string[] Emergencies =
    [
        "58M crushing chest pain 30 min radiating to left arm, diaphoretic, BP 84/50, HR 124",
        "Sudden facial droop and slurred speech started 40 minutes ago, right arm weak",
        "Lips and tongue swelling after peanuts, wheezing, BP 82/40",
    ];

    private static readonly string[] Routine =
    [
        "45F 3 days productive cough, fever 38.4 C, sore throat and mild headache. Denies chest pain. SpO2 97% RA. On lisinopril 10 mg daily.",
        "Knee pain after twisting it playing football yesterday, able to walk, mild swelling, no locking. Takes ibuprofen 400 mg as needed.",
        "Burning on urination and urinary frequency for 2 days, no fever, no flank pain. Not pregnant.",
    ];

    public static async Task<LoadReport> RunAsync(LoadOptions options)
    {
        using var http = new HttpClient { BaseAddress = options.Gateway };
        var token = await Token(http, "load-clinician");
        var socketUri = new Uri(options.Gateway.ToString().Replace("http", "ws", StringComparison.Ordinal).TrimEnd('/') + "/clinical-assistance");

        var openWatch = Stopwatch.StartNew();
        var sockets = new ClinicalSocket[options.Sessions];
        using (var gate = new SemaphoreSlim(options.Concurrency))
        {
            await Task.WhenAll(Enumerable.Range(0, options.Sessions).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    sockets[i] = await ClinicalSocket.ConnectAsync(socketUri, token);
                    await sockets[i].ReceiveAsync();
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        var openSeconds = openWatch.Elapsed.TotalSeconds;
        var emergencyMs = new List<double>();
        var synthesisMs = new List<double>();
        var failures = 0;
        var runWatch = Stopwatch.StartNew();
        await Task.WhenAll(sockets.Select(async (socket, s) =>
        {
            for (var n = 0; n < options.InputsPerSession; n++)
            {
                var emergency = n % 2 == 0;
                var text = emergency ? Emergencies[(s + n) % Emergencies.Length] : Routine[(s + n) % Routine.Length];
                var expected = emergency ? "emergency_alert" : "clinical_synthesis";
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await socket.SendInputAsync(text, $"in-{n}");
                    var frames = await socket.ReceiveUntilAsync(f => ClinicalSocket.TypeOf(f) is var t && (t == expected || t == "error"));
                    if (ClinicalSocket.TypeOf(frames[^1]) == "error")
                    {
                        throw new InvalidOperationException("error frame: " + frames[^1].GetProperty("code").GetString());
                    }

                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (synthesisMs)
                    {
                        (emergency ? emergencyMs : synthesisMs).Add(ms);
                    }
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine($"session {s} input {n}: {exception.GetType().Name}: {exception.Message}");
                    return;
                }
            }
        }));
        var runSeconds = runWatch.Elapsed.TotalSeconds;

        var rss = options.Pids.ToDictionary(p => p.Key, p => RssMegabytes(p.Value));
        foreach (var socket in sockets)
        {
            await socket.DisposeAsync();
        }

        return new LoadReport(options.Sessions, options.InputsPerSession, openSeconds, runSeconds, emergencyMs, synthesisMs, failures, rss);
    }

    private static async Task<string> Token(HttpClient http, string user)
    {
        using var response = await http.PostAsJsonAsync("auth/token", new { user, roles = new[] { "clinician" } });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private static double RssMegabytes(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb / 1024;
    }
}

public sealed record LoadReport(
    int Sessions, int InputsPerSession, double OpenSeconds, double RunSeconds,
    List<double> EmergencyMs, List<double> SynthesisMs, int Failures, IReadOnlyDictionary<string, double> RssMb)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        var inputs = EmergencyMs.Count + SynthesisMs.Count;
        text.AppendLine(CultureInfo.InvariantCulture, $"sessions {Sessions}, inputs {inputs} ({InputsPerSession} per session), failures {Failures}");
        text.AppendLine(CultureInfo.InvariantCulture, $"open all sessions: {OpenSeconds:0.00} s; inputs: {RunSeconds:0.00} s = {inputs / Math.Max(RunSeconds, 1e-9):0.0} inputs/s");
        text.AppendLine("| latency (ms) | n | p50 | p95 | p99 | max |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        text.AppendLine(Row("input → emergency_alert", EmergencyMs));
        text.AppendLine(Row("input → clinical_synthesis", SynthesisMs));
        foreach (var (name, mb) in RssMb)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"RSS {name}: {mb:0} MB");
        }

        return text.ToString();
    }

    private static string Row(string name, List<double> values)
    {
        if (values.Count == 0)
        {
            return $"| {name} | 0 | | | | |";
        }

        var sorted = values.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {sorted.Length} | {P(0.50):0.0} | {P(0.95):0.0} | {P(0.99):0.0} | {sorted[^1]:0.0} |");
    }
}
