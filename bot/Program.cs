var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
app.Run();

/// <summary>The entry point, visible to the tests that host the bot in-process.</summary>
public partial class Program;
