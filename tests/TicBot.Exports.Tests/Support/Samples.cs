using Microsoft.Extensions.Time.Testing;
using TicBot.Methodology.Content;
using TicBot.TestSupport.Projects;

namespace TicBot.Exports.Tests.Support;

/// <summary>Requests and the projects at each phase, by name, for theories.</summary>
internal static class Samples
{
    public static readonly string[] Phases = ["created", "framing", "study", "decided", "largest"];

    public static ExportRequest Request(ContentLanguage language = ContentLanguage.French, string? requester = "Camille Martin", string? version = null)
        => new() { Time = new FakeTimeProvider(SampleProjects.Now), Language = language, RequesterName = requester, Version = version };

    public static Methodology.Projects.Project Project(string phase) => phase switch
    {
        "created" => SampleProjects.Created(),
        "framing" => SampleProjects.Framing(),
        "study" => SampleProjects.Study(),
        "decided" => SampleProjects.Decided(),
        "largest" => SampleProjects.Largest(),
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown sample."),
    };

    public static TheoryData<string, ContentLanguage> EveryPhaseInEveryLanguage()
    {
        var data = new TheoryData<string, ContentLanguage>();
        foreach (var phase in Phases)
        {
            data.Add(phase, ContentLanguage.French);
            data.Add(phase, ContentLanguage.English);
        }

        return data;
    }
}
