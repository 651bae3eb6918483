using TicBot.Methodology.Projects;

namespace TicBot.Methodology.Tests.Projects;

internal static class ProjectFixture
{
    public static readonly Actor Owner = new("user-owner", "Claire Martin");
    public static readonly Actor Colleague = new("user-2", "Karim Benali");
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static Project CreateProject() =>
        Project.Create("proj-1", "Guichet numérique", new CollectiviteProfile { Kind = CollectiviteKind.Commune, Population = 12000 }, Owner, T0);
}
