using Microsoft.AspNetCore.Http;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Hosting;

/// <summary>The parsed activity, or the HTTP status and short message that refuse the request.</summary>
internal sealed record ActivityReadResult(Activity? Activity, int Status, string? ErrorCode, string? ErrorMessage)
{
    public static ActivityReadResult Success(Activity activity) => new(activity, StatusCodes.Status200OK, null, null);

    public static ActivityReadResult Failure(int status, string code, string message) => new(null, status, code, message);
}
