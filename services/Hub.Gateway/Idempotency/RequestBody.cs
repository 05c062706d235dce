namespace Hub.Gateway.Idempotency;

/// <summary>Reads a whole request body (at most the gateway's limit) and puts it back, so the endpoint still binds it.</summary>
internal static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Bodies without a Content-Length are not stopped by BodySizeLimit; this keeps the copy bounded.
            if (copy.Length + read > limit)
            {
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            }
            copy.Write(chunk, 0, read);
        }
        var body = copy.ToArray();
        request.Body = new MemoryStream(body, writable: false);
        return body;
    }
}
