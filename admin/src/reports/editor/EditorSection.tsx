import { Card, CardContent, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useTranslate } from "react-admin";

/** One numbered part of the form (①–⑧) as a card with its heading. */
export function EditorSection({
  title,
  children,
  id,
}: {
  title: string;
  id: string;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby={`section-${id}`} sx={{ mb: 2 }}>
      <CardContent>
        <Typography id={`section-${id}`} component="h2" variant="h6" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
