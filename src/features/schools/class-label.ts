/**
 * How a class is named on screen. Schools often write the grade into the class name (「2年1組」), some
 * do not (「1組」): the grade is said once either way.
 */
export function classLabel(grade: number, className: string, gradeWord: string): string {
  if (className === '') return gradeWord;
  return className.startsWith(gradeWord) || className.startsWith(String(grade)) ? className : `${gradeWord} ${className}`;
}
