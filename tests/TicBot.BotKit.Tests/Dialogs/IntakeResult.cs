namespace TicBot.BotKit.Tests.Dialogs;

internal sealed record IntakeResult(string ProjectName, string Owner, decimal Budget);
