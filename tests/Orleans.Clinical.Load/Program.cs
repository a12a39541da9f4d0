using Orleans.Clinical.Load;

// dotnet run -c Release --project tests/Orleans.Clinical.Load -- --url http://127.0.0.1:5080 --sessions 100 --inputs 5
//   [--pids silo=PID,gateway=PID,azurite=PID]   read the RSS of those processes while all sessions are open
var options = LoadOptions.Parse(args);
var report = await LoadRun.RunAsync(options);
Console.WriteLine(report);
return report.Failures == 0 ? 0 : 1;
