/** A range of offsets into a text, `end` exclusive: what every finder returns. */
export interface TextSpan {
  start: number;
  end: number;
}
