namespace TicBot.Methodology.Projects;

/// <summary>A project committee (steering, project, user group…).</summary>
/// <param name="Id">Project-local id; empty when new.</param>
/// <param name="Name">Name as the team calls it.</param>
/// <param name="KindId">Content committee id (e.g. <c>committee.steering</c>) or null for another kind.</param>
/// <param name="MemberNames">Who sits in it (names or roles).</param>
/// <param name="MeetingEveryWeeks">How often it meets, in weeks. <value>Null when not set.</value></param>
public sealed record Committee(string Id, string Name, string? KindId, IReadOnlyList<string> MemberNames, int? MeetingEveryWeeks = null);
