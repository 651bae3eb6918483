namespace TicBot.Dialogs.Projects;

/// <summary>
/// What stays of a deleted project under its key: who deleted it and when, so that an old card naming it gets a
/// clear answer instead of acting on nothing. Names a person: covered by "mes données" and the erasure.
/// </summary>
/// <param name="Id">The deleted project's id.</param>
/// <param name="Name">Its name when it was deleted.</param>
public sealed record ProjectTombstone(string Id, string Name, string DeletedById, string DeletedByName, DateTimeOffset DeletedAt);
