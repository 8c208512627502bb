from django.conf import settings
from django.core.management.base import BaseCommand
from tqdm import tqdm

from speeches import duplicates, importer, reuse
from speeches.parsing import ParsedSpeech


class Command(BaseCommand):
    help = (
        "Import speech .txt files (UTF-8, GB18030/GBK, UTF-16, Big5) or folders of them. "
        "Each file is imported in one transaction; a failed file leaves nothing behind."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files or folders (searched recursively)")
        parser.add_argument(
            "--dry-run", action="store_true", help="parse and print the outline; write nothing"
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="replace speeches imported before from a file of the same name",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="with --update: also replace sections an editor changed (history keeps them)",
        )
        parser.add_argument(
            "--allow-non-speech",
            action="store_true",
            help="import texts that are not speeches, flagged with a not_a_speech warning",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        files, errors = importer.find_text_files(options["paths"])
        for path, reason in errors:
            self.error(path, reason)

        counts = dict.fromkeys(
            (importer.CREATED, importer.UNCHANGED, importer.UPDATED, "failed"), 0
        )
        counts["failed"] = len(errors)
        show_bar = verbosity >= 1 and len(files) > 1 and not options["dry_run"]
        # Candidate passages of the reuse index are prepared once for all the files.
        with reuse.remembering():
            for path in tqdm(files, unit="file", disable=not show_bar or None, leave=False):
                for status in self.one_file(path, options):
                    counts[status] += 1

        if not options["dry_run"] and verbosity >= 1:
            summary = ", ".join(f"{name} {n}" for name, n in counts.items())
            style = self.style.ERROR if counts["failed"] else self.style.SUCCESS
            self.stdout.write(style(summary))
        if counts["failed"]:
            raise SystemExit(1)

    def one_file(self, path, options) -> list[str]:
        """Import (or dry-run) one file and report it; returns its speeches' statuses."""
        verbosity = options["verbosity"]
        try:
            if options["dry_run"]:
                self.dry_run(path, options)
                return []
            outcome = importer.import_file(
                path,
                max_bytes=settings.IMPORT_MAX_BYTES,
                update=options["update"],
                force=options["force"],
                allow_non_speech=options["allow_non_speech"],
            )
        except importer.ImportFailure as exc:
            self.error(path, str(exc))
            return ["failed"]
        except Exception as exc:  # one broken file must not stop the others
            self.error(path, f"unexpected {type(exc).__name__}: {exc}")
            return ["failed"]
        for item in outcome.speeches:
            if verbosity >= 2 or (verbosity >= 1 and item.status != importer.UNCHANGED):
                self.stdout.write(
                    f"{item.status} #{item.speech.pk} {item.speech.title} ({path.name}, "
                    f"{outcome.encoding})"
                )
            found = duplicates.finding(item.speech)
            if found and item.status != importer.UNCHANGED and verbosity >= 1:
                self.stdout.write(
                    self.style.WARNING(
                        f"  possible duplicate of #{found['speech']} (same title, "
                        f"{found['similarity']}% of the text); flagged for review"
                    )
                )
            if item.kept_edits and verbosity >= 1:
                self.stdout.write(
                    self.style.WARNING(
                        f"  kept editor changes in {', '.join(item.kept_edits)}; "
                        "--force replaces them"
                    )
                )
        return [item.status for item in outcome.speeches]

    def error(self, path, reason: str) -> None:
        self.stderr.write(f"ERROR {path}: {reason}")

    def dry_run(self, path, options) -> None:
        text, encoding = importer.read_text_file(path, settings.IMPORT_MAX_BYTES)
        speeches = importer.parse_text(text, allow_non_speech=options["allow_non_speech"])
        self.stdout.write(f"== {path} ({encoding}, {len(speeches)} speech(es))")
        for speech in speeches:
            self.stdout.write(outline(speech))


def outline(speech: ParsedSpeech) -> str:
    """A readable outline of a parsed speech: metadata, sections, sub-points and quote counts."""
    lines = [
        f"标题: {speech.title}",
        f"会议: {speech.meeting} | 机构: {speech.organisation} | 层级: {speech.level} | "
        f"年份: {speech.year or '-'} | 文种: {speech.genre} | 字数: {speech.char_count}",
    ]
    if speech.speaker_name or speech.speaker_role:
        lines.append(f"讲话人: {speech.speaker_role}{speech.speaker_name}")
    for section in speech.sections:
        indent = "  " * section.level
        label = f"{section.number}{section.heading}" or f"[{section.kind}] {section.body[:30]}…"
        kinds = {}
        for quote in section.quotes:
            kinds[quote.kind] = kinds.get(quote.kind, 0) + 1
        quotes = " ".join(f"{k}×{n}" for k, n in sorted(kinds.items()))
        lines.append(f"{indent}{section.anchor}: {label}" + (f"  ({quotes})" if quotes else ""))
    for warning in speech.warnings:
        lines.append(f"  ! {warning['code']}: {warning['message']}")
    return "\n".join(lines)
