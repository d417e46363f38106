namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>One field error, shaped like apimachinery's field.Error (pkg/util/validation/field/errors.go).</summary>
internal sealed record FieldError(string Reason, string Field, string Body)
{
    public static FieldError Required(string field, string detail = "") =>
        new("FieldValueRequired", field, detail.Length == 0 ? "Required value" : $"Required value: {detail}");

    public static FieldError Invalid(string field, string value, string detail) =>
        new("FieldValueInvalid", field, $"Invalid value: {Quote(value)}: {detail}");

    public static FieldError Forbidden(string field, string detail) => new("FieldValueForbidden", field, $"Forbidden: {detail}");

    public static FieldError TooLong(string field, int max) =>
        new("FieldValueTooLong", field, $"Too long: may not be more than {max} bytes");

    public static FieldError NotSupported(string field, string value, IEnumerable<string> supported) =>
        new("FieldValueNotSupported", field,
            $"Unsupported value: {Quote(value)}: supported values: {string.Join(", ", supported.Select(Quote))}");

    /// <summary>The error as printed in a Status message: "field: body".</summary>
    public override string ToString() => $"{Field}: {Body}";

    // Go's %q for the ASCII strings a test uses: backslash and double quote escaped.
    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
