using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Time.Testing;
using TicBot.Exports;
using TicBot.Methodology.Projects;
using TicBot.TestSupport.Projects;

namespace TicBot.Benchmarks;

/// <summary>
/// Time and allocations of each export for the largest realistic project (<see cref="SampleProjects.Largest"/>: 100
/// expectations, 5 scenarios assessed against all of them, the plan — the methodology's 11 tasks, the model having no
/// custom tasks yet — and the milestones), written to memory as the download link would. BenchmarkDotNet runs in
/// process (no child build on this shared machine), a short run.
/// </summary>
[MemoryDiagnoser]
public class ExportsBenchmark
{
    private Project _project = null!;
    private ExportRequest _request = null!;

    public static void Run()
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "ticbot-benchmarks"));
        BenchmarkRunner.Run<ExportsBenchmark>(config);

        var sizes = new ExportsBenchmark();
        sizes.Setup();
        Console.WriteLine($"Sizes for the largest project: dossier {sizes.Dossier() / 1024} KiB, budget {sizes.Budget() / 1024} KiB, calendar {sizes.Calendar() / 1024} KiB.");

        // Wall times follow the load of this shared machine; the process's CPU time per document much less so.
        Console.WriteLine($"CPU per document (process time over 20 runs): dossier {CpuPerRun(sizes.Dossier):F1} ms, budget {CpuPerRun(sizes.Budget):F1} ms, calendar {CpuPerRun(sizes.Calendar):F1} ms.");
    }

    private static double CpuPerRun(Func<long> export)
    {
        const int rounds = 20;
        var before = ProcessCpu.Self();
        for (var i = 0; i < rounds; i++)
        {
            export();
        }

        return (ProcessCpu.Self() - before).TotalMilliseconds / rounds;
    }

    [GlobalSetup]
    public void Setup()
    {
        _project = SampleProjects.Largest();
        _request = new ExportRequest { Time = new FakeTimeProvider(SampleProjects.Now), RequesterName = SampleProjects.Lead.Name };
    }

    [Benchmark(Description = "Dossier de choix (.docx)")]
    public long Dossier()
    {
        using var output = new MemoryStream();
        DossierDeChoixDocument.Write(_project, _request, output);
        return output.Length;
    }

    [Benchmark(Description = "Budget (.xlsx)")]
    public long Budget()
    {
        using var output = new MemoryStream();
        BudgetWorkbook.Write(_project, _request, output);
        return output.Length;
    }

    [Benchmark(Description = "Plan (.ics)")]
    public long Calendar()
    {
        using var output = new MemoryStream();
        PlanCalendar.Write(_project, _request, output);
        return output.Length;
    }
}
