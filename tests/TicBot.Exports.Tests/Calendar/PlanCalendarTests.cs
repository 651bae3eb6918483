using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using TicBot.Exports.Tests.Support;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.TestSupport.Projects;

namespace TicBot.Exports.Tests.Calendar;

public sealed class PlanCalendarTests
{
    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static byte[] Export(Project project, ExportRequest? request = null)
    {
        using var output = new MemoryStream();
        PlanCalendar.Write(project, request ?? Samples.Request(), output);
        return output.ToArray();
    }

    private static Dictionary<string, IcsLines.Component> EventsByUid(byte[] ics)
        => IcsLines.Parse(ics).Where(c => c.Name == "VEVENT").ToDictionary(e => e.One("UID").Value);

    [Fact]
    public void Write_DecidedProject_EachTaskIsAnAllDayEventFromItsFirstToItsLastWorkingDay()
    {
        var project = SampleProjects.Decided();

        var events = EventsByUid(Export(project));

        Assert.Equal(11, project.Plan!.Tasks.Count);
        foreach (var task in project.Plan.Tasks)
        {
            var item = events[PlanCalendar.Uid(project.Id, "task", task.TaskId)];
            Assert.Equal(("DATE", Day(task.Start)), (item.One("DTSTART").Parameters["VALUE"], item.One("DTSTART").Value));
            Assert.Equal(("DATE", Day(task.End.AddDays(1))), (item.One("DTEND").Parameters["VALUE"], item.One("DTEND").Value));
        }
    }

    [Fact]
    public void Write_DecidedProject_MilestonesAndKeyDatesAreOneDayEvents()
    {
        var project = SampleProjects.Decided();

        var events = EventsByUid(Export(project));

        Assert.NotEmpty(project.Milestones);
        foreach (var milestone in project.Milestones)
        {
            var item = events[PlanCalendar.Uid(project.Id, "milestone", milestone.Id)];
            Assert.Equal((Day(milestone.Due), Day(milestone.Due.AddDays(1))), (item.One("DTSTART").Value, item.One("DTEND").Value));
        }

        var goLive = events[PlanCalendar.Uid(project.Id, "keydate", "go-live")];
        Assert.Equal(("20280110", "Portail famille — Date clé\u00A0: mise en service"), (goLive.One("DTSTART").Value, goLive.One("SUMMARY").Text));
        Assert.Equal(11 + 4 + project.Milestones.Count, events.Count);
    }

    [Fact]
    public void Write_DecidedProject_IcalNetReadsTheSameDates()
    {
        var project = SampleProjects.Decided();

        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(Export(project)))!;

        var events = calendar.Events.ToDictionary(e => e.Uid!);
        foreach (var task in project.Plan!.Tasks)
        {
            var item = events[PlanCalendar.Uid(project.Id, "task", task.TaskId)];
            Assert.True(item.IsAllDay);
            Assert.False(item.DtStart!.HasTime);
            Assert.Equal((task.Start, task.End.AddDays(1)), (item.DtStart.Date, item.DtEnd!.Date));
            Assert.Equal("Portail famille — " + MethodologyCatalog.Load().For(ContentLanguage.French).FindItem(task.TaskId)!.Title, item.Summary);
        }

        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Empty(calendar.TimeZones);
    }

    [Fact]
    public void Write_TwoExports_KeepTheUidsAndRaiseSequenceAndStamp()
    {
        var project = SampleProjects.Decided();
        var later = new FakeTimeProvider(SampleProjects.Now.AddDays(3).AddHours(2));

        var first = EventsByUid(Export(project));
        var second = EventsByUid(Export(project, Samples.Request() with { Time = later }));

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(second.Values, e => Assert.Equal("20270318T110000Z", e.One("DTSTAMP").Value));
        Assert.All(second, e => Assert.True(
            long.Parse(e.Value.One("SEQUENCE").Value, CultureInfo.InvariantCulture) > long.Parse(first[e.Key].One("SEQUENCE").Value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Write_CancelledMilestone_IsMarkedCancelled()
    {
        var project = SampleProjects.Decided();
        var cancelled = project.Milestones.First(m => m.Status == MilestoneStatus.Planned);
        project.CloseMilestone(cancelled.Id, MilestoneStatus.Cancelled, SampleProjects.Lead, SampleProjects.Now);

        var events = EventsByUid(Export(project));

        Assert.Equal("CANCELLED", events[PlanCalendar.Uid(project.Id, "milestone", cancelled.Id)].One("STATUS").Value);
    }

    [Fact]
    public void Write_NamesWithIcalendarSpecialCharacters_AreEscapedAndReadBack()
    {
        var project = SampleProjects.Decided();
        project.Rename("Écoles; cantines, \\ et périscolaire « 2027 »", SampleProjects.Lead, SampleProjects.Now);

        var bytes = Export(project);

        var task = EventsByUid(bytes)[PlanCalendar.Uid(project.Id, "task", "task.train-agents")];
        Assert.Equal("Écoles; cantines, \\ et périscolaire « 2027 » — Former les agents", task.One("SUMMARY").Text);
        var viaIcalNet = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(bytes))!.Events.Single(e => e.Uid == task.One("UID").Value);
        Assert.Equal(task.One("SUMMARY").Text, viaIcalNet.Summary);
    }

    [Fact]
    public void Write_LongFrenchDescriptions_AreFoldedWithoutCuttingACharacter()
    {
        var lines = IcsLines.PhysicalLines(Export(SampleProjects.Largest()));

        Assert.Contains(lines, l => l.StartsWith(' '));
        Assert.DoesNotContain(lines, l => l.Contains("TZID", StringComparison.Ordinal) || l == "BEGIN:VTIMEZONE");
    }

    [Fact]
    public void Write_ProjectWithoutPlanOrMilestones_IsAnEmptyValidCalendar()
    {
        var components = IcsLines.Parse(Export(SampleProjects.Framing()));

        var calendar = Assert.Single(components);
        Assert.Equal("VCALENDAR", calendar.Name);
        Assert.Equal("2.0", calendar.One("VERSION").Value);
        Assert.Equal("-//TicBot//Planification//FR", calendar.One("PRODID").Value);
    }

    [Fact]
    public void Write_EnglishRequest_WritesEnglishSummaries()
    {
        var project = SampleProjects.Decided();

        var events = EventsByUid(Export(project, Samples.Request(ContentLanguage.English)));

        Assert.Equal("Portail famille — Key date: go-live", events[PlanCalendar.Uid(project.Id, "keydate", "go-live")].One("SUMMARY").Text);
    }

    [Fact]
    public void Uid_ProjectIdWithSlashesAndHash_IsPercentEncodedAndStable()
    {
        Assert.Equal("msteams%2Fprojects%2Fa.milestone.comm.operation-regular%232@ticbot.invalid", PlanCalendar.Uid("msteams/projects/a", "milestone", "comm.operation-regular#2"));
    }
}
