using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Hosting;

/// <summary>
/// Reads and checks the body of <c>POST /api/messages</c>: JSON content type, size bound enforced while
/// reading (never buffered beyond the limit), a JSON object with a string <c>type</c>, fields of the right types.
/// </summary>
internal static class ActivityRequestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static bool IsJsonContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var isJson = media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && media.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charsetOk = !media.Charset.HasValue
            || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || media.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return isJson && charsetOk;
    }

    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)length : 4096);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(8192), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return TooLarge(maxBytes);
            }
        }

        return Parse(buffer.WrittenMemory);
    }

    public static ActivityReadResult Parse(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        try
        {
            using var document = JsonDocument.Parse(body, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return BadRequest("The body must be a JSON object (an activity).");
            }

            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
            {
                return BadRequest("The activity has no 'type' string.");
            }
        }
        catch (JsonException)
        {
            return BadRequest("The body is not valid JSON, or nests deeper than 64 levels.");
        }
        catch (InvalidOperationException)
        {
            // A string that is valid JSON but not valid UTF-16 (a lone surrogate escape such as \ud800).
            return BadRequest("The body holds a string that is not valid text.");
        }

        try
        {
            var activity = JsonSerializer.Deserialize(body.Span, BotKitJsonContext.Default.Activity);
            return activity is null ? BadRequest("The body is not an activity.") : ActivityReadResult.Success(activity);
        }
        catch (InvalidOperationException)
        {
            return BadRequest("The body holds a string that is not valid text.");
        }
        catch (JsonException ex)
        {
            // The path names the field; the exception's message could echo the value, so it stays in the logs.
            return BadRequest($"The field '{ex.Path ?? "$"}' has the wrong JSON type.");
        }
    }

    private static ActivityReadResult BadRequest(string message)
        => ActivityReadResult.Failure(StatusCodes.Status400BadRequest, "BadRequest", message);

    private static ActivityReadResult TooLarge(long maxBytes)
        => ActivityReadResult.Failure(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The body is larger than {maxBytes} bytes.");
}
