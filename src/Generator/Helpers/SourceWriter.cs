using System;
using System.Text;

namespace LoopGen.Generator.Helpers
{
    /// <summary>
    /// A small indented text writer. <see cref="WriteLines"/> re-indents every line of a multi-line
    /// string, which is what pasting the user's rewritten statements needs.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder builder = new StringBuilder();
        private int indent;

        /// <summary>Writes one line at the current indentation (an empty line for an empty string).</summary>
        /// <param name="line">The line.</param>
        public void WriteLine(string line = "")
        {
            if (line.Length > 0)
            {
                for (int i = 0; i < this.indent; i++)
                {
                    this.builder.Append(IndentUnit);
                }

                this.builder.Append(line);
            }

            this.builder.Append('\n');
        }

        /// <summary>Writes every line of a text at the current indentation.</summary>
        /// <param name="text">The text, whose lines are already indented relative to each other.</param>
        public void WriteLines(string text)
        {
            // As WriteLine(line.TrimEnd()) for every line of the text split at "\r\n" or "\n", without a string per line.
            text = text.Replace("\r\n", "\n");
            int start = 0;
            while (true)
            {
                int newline = text.IndexOf('\n', start);
                int end = newline < 0 ? text.Length : newline;
                int trimmedEnd = end;
                while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1]))
                {
                    trimmedEnd--;
                }

                if (trimmedEnd > start)
                {
                    for (int i = 0; i < this.indent; i++)
                    {
                        this.builder.Append(IndentUnit);
                    }

                    this.builder.Append(text, start, trimmedEnd - start);
                }

                this.builder.Append('\n');
                if (newline < 0)
                {
                    return;
                }

                start = newline + 1;
            }
        }

        /// <summary>Opens a brace block.</summary>
        public void Open()
        {
            this.WriteLine("{");
            this.indent++;
        }

        /// <summary>Closes a brace block.</summary>
        /// <param name="suffix">Text after the closing brace, such as <c>);</c>.</param>
        public void Close(string suffix = "")
        {
            this.indent--;
            this.WriteLine("}" + suffix);
        }

        /// <summary>Increases the indentation.</summary>
        public void Indent() => this.indent++;

        /// <summary>Decreases the indentation.</summary>
        public void Unindent() => this.indent = Math.Max(0, this.indent - 1);

        /// <inheritdoc/>
        public override string ToString() => this.builder.ToString();
    }
}
