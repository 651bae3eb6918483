namespace TicBot.BotKit.Tests.Dialogs;

internal sealed record IntakeOptions(string ProjectName);
