using System.Text;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Tool.Output;

/// <summary>
/// A small indented JSON writer with Go's string escaping, matching kubectl's -o json layout (4 spaces).
/// Hand-written so start-up needs no reflection-based serializer.
/// </summary>
internal sealed class JsonText(int indentSize = 4)
{
    private readonly StringBuilder sb = new();
    private readonly Stack<bool> first = new();

    public JsonText StartObject(string? name = null) => Open(name, '{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray(string? name = null) => Open(name, '[');

    public JsonText EndArray() => Close(']');

    public JsonText String(string? name, string? value)
    {
        Prefix(name);
        if (value is null)
        {
            sb.Append("null");
        }
        else
        {
            GoJsonString(value);
        }
        return this;
    }

    public JsonText Raw(string? name, string literal)
    {
        Prefix(name);
        sb.Append(literal);
        return this;
    }

    public override string ToString() => sb.ToString();

    private JsonText Open(string? name, char bracket)
    {
        Prefix(name);
        sb.Append(bracket);
        first.Push(true);
        return this;
    }

    private JsonText Close(char bracket)
    {
        var empty = first.Pop();
        if (!empty)
        {
            NewLine();
        }
        sb.Append(bracket);
        return this;
    }

    private void Prefix(string? name)
    {
        if (first.Count > 0)
        {
            if (!first.Peek())
            {
                sb.Append(',');
            }
            first.Pop();
            first.Push(false);
            NewLine();
        }
        if (name is not null)
        {
            GoJsonString(name);
            sb.Append(": ");
        }
    }

    private void NewLine() => sb.Append('\n').Append(' ', first.Count * indentSize);

    private void GoJsonString(string value) => GoJson.WriteString(sb, value);
}
