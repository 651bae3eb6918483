using TicBot.Bot.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddTicBotServices();

var app = builder.Build();
app.MapBotEndpoints();
app.Run();

/// <summary>The entry point, visible to the tests that host the bot in-process.</summary>
public partial class Program;
