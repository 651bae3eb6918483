namespace TicBot.Methodology.Projects;

/// <summary>A member of the project team.</summary>
/// <param name="UserId">Stable user id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Role">Access role.</param>
/// <param name="ResponsibilityId">Optional content role id (e.g. <c>role.project-lead</c>, <c>role.dpo</c>).</param>
public sealed record ProjectMember(string UserId, string Name, MemberRole Role, string? ResponsibilityId = null);
